package org.exchangeatlas.model;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One fact as a source states it (MODEL.md, "Claims"): the statement, the document that states
 * it and the passage that does, as {@link Claims} writes it and reads it back.
 *
 * @param node         the claim's IRI
 * @param subject      the fact's subject ({@code rdf:subject})
 * @param predicate    its predicate ({@code rdf:predicate})
 * @param object       its object ({@code rdf:object})
 * @param document     the document that states it ({@code prov:wasDerivedFrom}), whose graph holds the claim
 * @param start        the passage's first character in the document's text ({@code oa:start}, UTF-16, 0-based)
 * @param end          the character after its last ({@code oa:end})
 * @param exact        the passage itself ({@code oa:exact})
 * @param supersededBy the revision that replaced the fact ({@code atlas:supersededBy}), if one did
 * @param rules        the extraction rules that made the claim ({@code atlas:extractedBy}): none, one,
 *                     or more when rules cite the same passage for the same fact
 */
public record Claim(Node node, Node subject, Node predicate, Node object, Node document, int start, int end,
                    String exact, Optional<Node> supersededBy, List<Node> rules) {

    public Claim {
        rules = List.copyOf(rules);
    }

    /**
     * A new claim of {@code fact} by {@code document}, named by its content: the same document,
     * fact and passage give the same IRI on every build.
     */
    public static Claim cited(Triple fact, Node document, int start, int end, String exact, List<Node> rules) {
        Node node = AtlasNodes.iri(Iris.claim(Iris.documentSha(document.getURI()), fact.getSubject().getURI(),
                fact.getPredicate().getURI(), fact.getObject().toString(), start, end));
        return new Claim(node, fact.getSubject(), fact.getPredicate(), fact.getObject(), document, start, end, exact,
                Optional.empty(), rules);
    }

    /** The fact it states. */
    public Triple statement() {
        return Triple.create(subject, predicate, object);
    }
}
