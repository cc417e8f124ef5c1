package org.exchangeatlas.consolidate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** The few store reads consolidation's classes share: one object, a listed match, an IRI node. */
final class StoreReads {
    private StoreReads() {}

    /** The object of one quad matching graph, subject and predicate, or null. */
    static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The matches as a list, so that the store can be changed while they are used. */
    static List<Quad> list(Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
