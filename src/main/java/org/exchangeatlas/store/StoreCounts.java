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
 * @param statedFacts   distinct facts that a source states: the statements of the {@code atlas:Claim}s
 *                      that their graph asserts (a fact two documents state counts once; a value a
 *                      revision superseded, retracted but still claimed, does not count)
 * @param inferredFacts distinct facts in the inferred graph: the statements of its {@code atlas:Inference}s
 */
public record StoreCounts(long quads, long triples, long graphs, long documents, long programs, long claims,
                          long organizations, long statedFacts, long inferredFacts) {

    public static StoreCounts of(DatasetGraph dsg) {
        long quads = count(dsg.find());
        long triples = count(dsg.getUnionGraph().find());
        long graphs = count(dsg.listGraphNodes());
        Node type = NodeFactory.createURI(RDF_TYPE);
        return new StoreCounts(quads, triples, graphs,
                distinctSubjects(dsg, type, DOCUMENT),
                distinctSubjects(dsg, type, PROGRAM),
                distinctSubjects(dsg, type, CLAIM),
                distinctSubjects(dsg, type, ORGANIZATION),
                distinctStatements(dsg, type, CLAIM),
                distinctStatements(dsg, type, INFERENCE));
    }

    /**
     * The distinct (rdf:subject, rdf:predicate, rdf:object) of the nodes of class {@code cls}, each
     * read in its own graph, whose statement that graph asserts. Reads each of the three
     * properties in one pass (a lookup per node is several times slower on a large store).
     */
    private static long distinctStatements(DatasetGraph dsg, Node type, String cls) {
        java.util.Map<java.util.List<Node>, Node[]> parts = new java.util.HashMap<>();
        dsg.find(Node.ANY, Node.ANY, type, NodeFactory.createURI(cls))
                .forEachRemaining(q -> parts.put(java.util.List.of(q.getGraph(), q.getSubject()), new Node[3]));
        String[] properties = {RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT};
        for (int i = 0; i < properties.length; i++) {
            int slot = i;
            dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(properties[i]), Node.ANY).forEachRemaining(q -> {
                Node[] spo = parts.get(java.util.List.of(q.getGraph(), q.getSubject()));
                if (spo != null) {
                    spo[slot] = q.getObject();
                }
            });
        }
        java.util.Set<java.util.List<Node>> statements = new java.util.HashSet<>();
        parts.forEach((key, spo) -> {
            if (spo[0] != null && spo[1] != null && spo[2] != null && dsg.contains(key.get(0), spo[0], spo[1], spo[2])) {
                statements.add(java.util.List.of(spo[0], spo[1], spo[2]));
            }
        });
        return statements.size();
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
