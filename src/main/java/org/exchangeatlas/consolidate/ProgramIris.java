package org.exchangeatlas.consolidate;

import static org.exchangeatlas.model.AtlasNodes.iri;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.exchangeatlas.model.AtlasNodes;

/**
 * The one IRI each program goes by, kept stable as files arrive: the programs graph records every
 * program key under the IRI its program was given. The graph is read once, in one pass: a lookup
 * a key would cost a random index read each, which a million keys in a store larger than memory
 * cannot pay. Only what the graph lacks is written.
 */
final class ProgramIris {
    private static final Node KEY = AtlasNodes.PROGRAM_KEY;
    private static final Node PROGRAMS = AtlasNodes.PROGRAMS_GRAPH;

    private final DatasetGraph dsg;
    private final Map<String, Set<String>> iriByKey = new HashMap<>();

    /** Reads the programs graph of {@code dsg}. Use inside the write transaction that consolidates. */
    ProgramIris(DatasetGraph dsg) {
        this.dsg = dsg;
        dsg.find(PROGRAMS, Node.ANY, KEY, Node.ANY).forEachRemaining(q -> iriByKey
                .computeIfAbsent(q.getObject().getLiteralLexicalForm(), k -> new TreeSet<>()).add(q.getSubject().getURI()));
    }

    /**
     * The IRI of the program these keys name: the smallest IRI the programs graph already gives
     * any of them (the others are recorded as {@code owl:sameAs} it), else that of the smallest
     * key. Records every key under it.
     */
    Node canonical(List<String> cluster) {
        TreeSet<String> known = new TreeSet<>();
        for (String key : cluster) {
            known.addAll(iriByKey.getOrDefault(key, Set.of()));
        }
        Node canonical = iri(known.isEmpty() ? id("program", cluster.get(0)) : known.first());
        for (String other : known) {
            if (!other.equals(canonical.getURI())) {
                dsg.add(PROGRAMS, iri(other), OWL.sameAs.asNode(), canonical);
            }
        }
        for (String key : cluster) {
            if (!iriByKey.getOrDefault(key, Set.of()).contains(canonical.getURI())) {
                dsg.add(PROGRAMS, canonical, KEY, NodeFactory.createLiteralString(key));
            }
        }
        return canonical;
    }
}
