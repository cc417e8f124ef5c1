package org.exchangeatlas.server;

import static org.exchangeatlas.model.AtlasTerms.*;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

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
        Node subject = ProgramFacts.uri(RDF_SUBJECT);
        Node type = ProgramFacts.uri(RDF_TYPE);
        Node selector = ProgramFacts.uri(OA_HAS_SELECTOR);
        union.find(Node.ANY, subject, entity).forEachRemaining(t -> {
            Node reification = t.getSubject();
            if (union.contains(reification, type, ProgramFacts.uri(CLAIM))
                    || union.contains(reification, type, ProgramFacts.uri(INFERENCE))) {
                copySubject(union, reification, out);
                union.find(reification, selector, Node.ANY).forEachRemaining(s -> copySubject(union, s.getObject(), out));
            }
        });
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
