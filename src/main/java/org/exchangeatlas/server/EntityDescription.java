package org.exchangeatlas.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.Claims;
import org.exchangeatlas.model.ReifiedStatements;

/**
 * The RDF a linked-data client gets for an entity IRI: every triple of the union graph with the
 * entity as subject, and the evidence about it: each {@code atlas:Claim} whose {@code rdf:subject}
 * it is (with its selector: offsets and quoted passage) and each {@code atlas:Inference} of the
 * inferred graph about it. Call inside a read transaction.
 */
final class EntityDescription {
    private EntityDescription() {}

    static Graph of(DatasetGraph dsg, Node entity) {
        Graph union = dsg.getUnionGraph();
        Graph out = GraphFactory.createDefaultGraph();
        copySubject(union, entity, out);
        for (Node reification : ReifiedStatements.about(union, entity).keySet()) {
            if (Claims.isClaim(union, reification) || union.contains(reification, AtlasNodes.RDF_TYPE, AtlasNodes.INFERENCE)) {
                Claims.description(union, reification).forEach(out::add);
            }
        }
        return out;
    }

    /** Whether the store says anything about {@code entity} (as subject). */
    static boolean known(DatasetGraph dsg, Node entity) {
        return dsg.getUnionGraph().find(entity, Node.ANY, Node.ANY).hasNext();
    }

    private static void copySubject(Graph from, Node s, Graph to) {
        from.find(s, Node.ANY, Node.ANY).forEachRemaining(to::add);
    }
}
