package org.exchangeatlas.consolidate;

import static org.exchangeatlas.consolidate.StoreReads.list;
import static org.exchangeatlas.consolidate.StoreReads.one;
import static org.exchangeatlas.consolidate.StoreReads.uri;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Which facts a revision supersedes: where a revised or supplementary notice of a program states
 * a property in {@link Consolidation#SUPERSEDABLE}, the earlier notices' values of that property
 * are retracted from their graphs, and their claims stay, marked {@code atlas:supersededBy} the
 * revision. The revision graphs are found once, so a program no revision describes costs nothing.
 */
final class Supersession {
    private static final Node SUBJECT = uri(RDF_SUBJECT);
    private static final Node PREDICATE = uri(RDF_PREDICATE);
    private static final Node OBJECT = uri(RDF_OBJECT);
    private static final Node SUPERSEDED = uri(SUPERSEDED_BY);
    private static final Node KIND = uri(DOCUMENT_KIND);
    private static final Node REVISION = uri(ID + "document-kind/revision");

    private final DatasetGraph dsg;
    private final Set<String> revisionGraphs = new HashSet<>();

    /** Finds which of {@code documents} are revisions. Use inside the consolidating write transaction. */
    Supersession(DatasetGraph dsg, List<Node> documents) {
        this.dsg = dsg;
        Set<Node> docs = new HashSet<>(documents);
        dsg.find(Node.ANY, Node.ANY, KIND, REVISION).forEachRemaining(q -> {
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
            (revisionGraphs.contains(d) ? revisions : originals).add(uri(d));
        }
        int count = 0;
        for (Node revision : revisions) {
            Set<Node> restated = new HashSet<>();
            for (Quad c : list(dsg.find(revision, Node.ANY, SUBJECT, program))) {
                Node p = one(dsg, revision, c.getSubject(), PREDICATE);
                if (p != null && Consolidation.SUPERSEDABLE.contains(p.getURI())) {
                    restated.add(p);
                }
            }
            for (Node original : originals) {
                for (Quad c : list(dsg.find(original, Node.ANY, SUBJECT, program))) {
                    Node claim = c.getSubject();
                    Node p = one(dsg, original, claim, PREDICATE);
                    Node o = one(dsg, original, claim, OBJECT);
                    if (p != null && o != null && restated.contains(p) && !statesValue(revision, program, p, o)
                            && !dsg.contains(original, claim, SUPERSEDED, revision)) {
                        dsg.add(original, claim, SUPERSEDED, revision);
                        dsg.delete(original, program, p, o);
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Whether the revision states this very value too: then the earlier claim is confirmed, not superseded. */
    private boolean statesValue(Node revision, Node program, Node p, Node o) {
        for (Quad c : list(dsg.find(revision, Node.ANY, SUBJECT, program))) {
            if (p.equals(one(dsg, revision, c.getSubject(), PREDICATE)) && o.equals(one(dsg, revision, c.getSubject(), OBJECT))) {
                return true;
            }
        }
        return false;
    }
}
