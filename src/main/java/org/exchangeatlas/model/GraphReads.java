package org.exchangeatlas.model;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The one read that every reader of the graph's single-valued properties needs, made the same way everywhere. */
public final class GraphReads {
    private GraphReads() {}

    /** The object of {@code s p ?o}, or null; the lexically least when there are several. */
    public static Node one(Graph g, Node s, Node p) {
        Node chosen = null;
        for (var it = g.find(s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (chosen == null || o.toString().compareTo(chosen.toString()) < 0) {
                chosen = o;
            }
        }
        return chosen;
    }
}
