package org.exchangeatlas.consolidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.Claims;
import org.exchangeatlas.model.ReifiedStatements;

/**
 * Which facts a revision supersedes: where a revised or supplementary notice of a program states
 * a property in {@link Consolidation#SUPERSEDABLE}, the earlier notices' values of that property
 * are retracted from their graphs, and their claims stay, marked {@code atlas:supersededBy} the
 * revision. The revision graphs are found once, so a program no revision describes costs nothing.
 */
final class Supersession {
    private final DatasetGraph dsg;
    private final Set<String> revisionGraphs = new HashSet<>();

    /** Finds which of {@code documents} are revisions. Use inside the consolidating write transaction. */
    Supersession(DatasetGraph dsg, List<Node> documents) {
        this.dsg = dsg;
        Set<Node> docs = new HashSet<>(documents);
        dsg.find(Node.ANY, Node.ANY, AtlasNodes.DOCUMENT_KIND, Consolidation.REVISION).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && docs.contains(q.getGraph())) {
                revisionGraphs.add(q.getGraph().getURI());
            }
        });
    }

    /** Marks and retracts the earlier notices' values of what a revision restates; the count of facts retracted. */
    int supersede(Node program, List<String> cluster, Map<String, ProgramSources> sources) {
        Set<String> docs = new TreeSet<>();
        cluster.forEach(k -> docs.addAll(sources.get(k).documents().keySet()));
        if (Collections.disjoint(docs, revisionGraphs)) {
            return 0;
        }
        List<Node> revisions = new ArrayList<>();
        List<Node> originals = new ArrayList<>();
        for (String d : docs) {
            (revisionGraphs.contains(d) ? revisions : originals).add(AtlasNodes.iri(d));
        }
        int count = 0;
        for (Node revision : revisions) {
            Collection<Triple> revised = ReifiedStatements.about(dsg.getGraph(revision), program).values();
            Set<Node> restated = new HashSet<>();
            for (Triple t : revised) {
                if (Consolidation.SUPERSEDABLE.contains(t.getPredicate().getURI())) {
                    restated.add(t.getPredicate());
                }
            }
            for (Node original : originals) {
                for (Map.Entry<Node, Triple> c : ReifiedStatements.about(dsg.getGraph(original), program).entrySet()) {
                    Triple t = c.getValue();
                    // a value the revision states too is confirmed, not superseded
                    if (restated.contains(t.getPredicate()) && !revised.contains(t)
                            && Claims.supersede(dsg, original, c.getKey(), revision)) {
                        dsg.delete(original, program, t.getPredicate(), t.getObject());
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
