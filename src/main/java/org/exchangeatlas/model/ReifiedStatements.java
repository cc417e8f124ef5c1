package org.exchangeatlas.model;

import static org.exchangeatlas.model.AtlasNodes.RDF_OBJECT;
import static org.exchangeatlas.model.AtlasNodes.RDF_PREDICATE;
import static org.exchangeatlas.model.AtlasNodes.RDF_SUBJECT;
import static org.exchangeatlas.model.AtlasNodes.RDF_TYPE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The statements that claims and inferences describe ({@code rdf:subject}, {@code rdf:predicate},
 * {@code rdf:object} on one node, in one graph): written and read here only, so that the two
 * kinds of evidence keep one shape. {@link #read} takes every description in three index scans,
 * one per property: asking for each node's three properties one by one costs three index lookups
 * a claim, several times slower on a large store. A snapshot: read it in a transaction, before
 * changing what it read.
 */
public final class ReifiedStatements {
    /** A node that describes a statement, in the graph that holds the description. */
    public record Described(Node graph, Node node, Triple statement) {}

    private final List<Described> all;

    private ReifiedStatements(List<Described> all) {
        this.all = List.copyOf(all);
    }

    /** The complete descriptions in every graph. */
    public static ReifiedStatements read(DatasetGraph dsg) {
        Map<List<Node>, Node[]> parts = new HashMap<>();
        Node[] properties = {RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT};
        for (int i = 0; i < properties.length; i++) {
            int slot = i;
            dsg.find(Node.ANY, Node.ANY, properties[i], Node.ANY).forEachRemaining(q ->
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

    public List<Described> all() {
        return all;
    }

    /**
     * Writes {@code node a type} and the statement it describes into {@code graph}, in this
     * order: type, subject, predicate, object.
     */
    public static void describe(Node graph, Node node, Node type, Triple statement, Consumer<Quad> out) {
        out.accept(Quad.create(graph, node, RDF_TYPE, type));
        out.accept(Quad.create(graph, node, RDF_SUBJECT, statement.getSubject()));
        out.accept(Quad.create(graph, node, RDF_PREDICATE, statement.getPredicate()));
        out.accept(Quad.create(graph, node, RDF_OBJECT, statement.getObject()));
    }

    /** The statement {@code node} describes in {@code g}, if it names all three parts. */
    public static Optional<Triple> of(Graph g, Node node) {
        Node s = GraphReads.one(g, node, RDF_SUBJECT);
        Node p = GraphReads.one(g, node, RDF_PREDICATE);
        Node o = GraphReads.one(g, node, RDF_OBJECT);
        return s == null || p == null || o == null ? Optional.empty() : Optional.of(Triple.create(s, p, o));
    }

    /** The nodes of {@code g} that describe a statement about {@code subject}, each with it, as the graph lists them. */
    public static Map<Node, Triple> about(Graph g, Node subject) {
        Map<Node, Triple> out = new LinkedHashMap<>();
        g.find(Node.ANY, RDF_SUBJECT, subject).forEachRemaining(t ->
                of(g, t.getSubject()).ifPresent(statement -> out.put(t.getSubject(), statement)));
        return out;
    }

    /** The descriptions, in any graph of {@code dsg}, of statements with this predicate. */
    public static List<Described> withPredicate(DatasetGraph dsg, Node predicate) {
        List<Described> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, RDF_PREDICATE, predicate).forEachRemaining(q ->
                of(dsg.getGraph(q.getGraph()), q.getSubject()).ifPresent(statement ->
                        out.add(new Described(q.getGraph(), q.getSubject(), statement))));
        return out;
    }
}
