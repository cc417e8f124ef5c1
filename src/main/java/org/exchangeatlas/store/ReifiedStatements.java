package org.exchangeatlas.store;

import static org.exchangeatlas.model.AtlasTerms.RDF_OBJECT;
import static org.exchangeatlas.model.AtlasTerms.RDF_PREDICATE;
import static org.exchangeatlas.model.AtlasTerms.RDF_SUBJECT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The statements that claims and inferences describe ({@code rdf:subject}, {@code rdf:predicate},
 * {@code rdf:object} on one node, in one graph), read in three index scans, one per property.
 * Asking for each node's three properties one by one costs three index lookups a claim, several
 * times slower on a large store. A snapshot: read it in a transaction, before changing what it
 * read.
 */
final class ReifiedStatements {
    /** A node that describes a statement, in the graph that holds the description. */
    record Described(Node graph, Node node, Triple statement) {}

    private final List<Described> all;

    private ReifiedStatements(List<Described> all) {
        this.all = List.copyOf(all);
    }

    /** The complete descriptions in every graph. */
    static ReifiedStatements read(DatasetGraph dsg) {
        Map<List<Node>, Node[]> parts = new HashMap<>();
        String[] properties = {RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT};
        for (int i = 0; i < properties.length; i++) {
            int slot = i;
            dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(properties[i]), Node.ANY).forEachRemaining(q ->
                    parts.computeIfAbsent(List.of(q.getGraph(), q.getSubject()), k -> new Node[3])[slot] = q.getObject());
        }
        List<Described> out = new ArrayList<>();
        parts.forEach((key, spo) -> {
            if (spo[0] != null && spo[1] != null && spo[2] != null) {
                out.add(new Described(key.get(0), key.get(1), Triple.create(spo[0], spo[1], spo[2])));
            }
        });
        return new ReifiedStatements(out);
    }

    List<Described> all() {
        return all;
    }
}
