package org.exchangeatlas.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.ReifiedStatements;

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
        Node type = AtlasNodes.RDF_TYPE;
        ReifiedStatements described = ReifiedStatements.read(dsg);
        long statedFacts = distinctStatements(dsg, type, AtlasNodes.CLAIM, described);
        long inferredFacts = distinctStatements(dsg, type, AtlasNodes.INFERENCE, described);
        if (TDBInternal.isTDB2(dsg)) {
            IndexCounts index = new IndexCounts(TDBInternal.getDatasetGraphTDB(dsg));
            IndexCounts.Totals totals = index.totals();
            return new StoreCounts(totals.quads(), totals.triples(), totals.graphs(),
                    index.distinctSubjects(type, AtlasNodes.DOCUMENT),
                    index.distinctSubjects(type, AtlasNodes.PROGRAM),
                    index.distinctSubjects(type, AtlasNodes.CLAIM),
                    index.distinctSubjects(type, AtlasNodes.ORGANIZATION),
                    statedFacts, inferredFacts);
        }
        long quads = count(dsg.find());
        long triples = count(dsg.getUnionGraph().find());
        long graphs = count(dsg.listGraphNodes());
        return new StoreCounts(quads, triples, graphs,
                distinctSubjects(dsg, type, AtlasNodes.DOCUMENT),
                distinctSubjects(dsg, type, AtlasNodes.PROGRAM),
                distinctSubjects(dsg, type, AtlasNodes.CLAIM),
                distinctSubjects(dsg, type, AtlasNodes.ORGANIZATION),
                statedFacts, inferredFacts);
    }

    /**
     * The distinct statements described by the nodes of class {@code cls}, each read in its own
     * graph, that this graph asserts.
     */
    private static long distinctStatements(DatasetGraph dsg, Node type, Node cls, ReifiedStatements described) {
        java.util.Set<java.util.List<Node>> typed = new java.util.HashSet<>();
        dsg.find(Node.ANY, Node.ANY, type, cls)
                .forEachRemaining(q -> typed.add(java.util.List.of(q.getGraph(), q.getSubject())));
        java.util.Set<org.apache.jena.graph.Triple> statements = new java.util.HashSet<>();
        for (ReifiedStatements.Described d : described.all()) {
            if (typed.contains(java.util.List.of(d.graph(), d.node())) && dsg.contains(d.graph(),
                    d.statement().getSubject(), d.statement().getPredicate(), d.statement().getObject())) {
                statements.add(d.statement());
            }
        }
        return statements.size();
    }

    private static long distinctSubjects(DatasetGraph dsg, Node type, Node cls) {
        return dsg.getUnionGraph().find(Node.ANY, type, cls).toList().stream()
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
