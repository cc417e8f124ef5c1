package org.exchangeatlas.eval;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Counts a department for its ministry: DOMAIN says sub-units name their parent (科技部国际合作司
 * is part of 科技部, {@code org:subOrganizationOf} in the bodies vocabulary), and an analyst who
 * annotates "the organizer is MOST" is answered right by a graph that names MOST's Department of
 * International Cooperation, which the graph ties to MOST. The {@link Scorer} counts a stated
 * department for the ministry gold names, unless gold says the department must not appear (a
 * ministry's exchange center that only lectures).
 */
final class BodyParents {
    static final String SUB_ORGANIZATION_OF = "http://www.w3.org/ns/org#subOrganizationOf";
    private static final int DEEPEST = 8;

    private final Map<String, String> parent = new HashMap<>();

    /** The parents the vocabulary graph states. */
    BodyParents(Graph vocabulary) {
        vocabulary.find(Node.ANY, NodeFactory.createURI(SUB_ORGANIZATION_OF), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                parent.put(t.getSubject().getURI(), t.getObject().getURI());
            }
        });
    }

    /** The bodies {@code iri} belongs to, nearest first. */
    java.util.List<String> above(String iri) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String at = iri;
        for (int i = 0; i < DEEPEST && parent.containsKey(at); i++) {
            at = parent.get(at);
            out.add(at);
        }
        return out;
    }
}
