package org.exchangeatlas.store;

import static org.exchangeatlas.model.AtlasTerms.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The store's size in the terms a user cares about, counted from the quads themselves. Call
 * inside a read transaction.
 *
 * @param quads      quads in all named graphs
 * @param triples    distinct triples of the union graph
 * @param graphs     named graphs
 * @param documents  {@code atlas:Document}s
 * @param programs   {@code atlas:Program}s
 * @param claims     {@code atlas:Claim}s
 * @param organizations {@code atlas:Organization}s, vocabulary and found in text
 */
public record StoreCounts(long quads, long triples, long graphs, long documents, long programs, long claims,
                          long organizations) {

    public static StoreCounts of(DatasetGraph dsg) {
        long quads = count(dsg.find());
        long triples = count(dsg.getUnionGraph().find());
        long graphs = count(dsg.listGraphNodes());
        Node type = NodeFactory.createURI(RDF_TYPE);
        return new StoreCounts(quads, triples, graphs,
                distinctSubjects(dsg, type, DOCUMENT),
                distinctSubjects(dsg, type, PROGRAM),
                distinctSubjects(dsg, type, CLAIM),
                distinctSubjects(dsg, type, ORGANIZATION));
    }

    private static long distinctSubjects(DatasetGraph dsg, Node type, String cls) {
        return dsg.getUnionGraph().find(Node.ANY, type, NodeFactory.createURI(cls)).toList().stream()
                .map(t -> t.getSubject()).distinct().count();
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

}
