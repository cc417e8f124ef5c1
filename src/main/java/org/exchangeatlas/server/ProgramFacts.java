package org.exchangeatlas.server;

import static org.exchangeatlas.model.AtlasTerms.*;
import static org.exchangeatlas.model.GraphReads.one;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.Claim;
import org.exchangeatlas.model.Claims;
import org.exchangeatlas.model.ReifiedStatements;

/**
 * Every fact about one subject (a program, usually) with its evidence: for a stated fact the claims
 * that cite it (document, offsets, the quoted passage), for an inferred one the
 * {@code atlas:Inference}s (the group, the dated membership). Facts a revision superseded are kept
 * with their claims, marked. Read from the store in one read transaction.
 */
final class ProgramFacts {
    /** The order in which a program page lists its properties; others follow, by IRI. */
    static final List<String> PROPERTY_ORDER = List.of(TITLE, YEAR, START_DATE, END_DATE, ORGANIZER, CO_ORGANIZER, HOST,
            TARGET_GROUP, TARGET_COUNTRY, PARTICIPANT_ROLE, TOPIC, REQUIREMENT, PROGRAM_TYPE, DELIVERY,
            INSTRUCTION_LANGUAGE, PARTICIPANT_COUNT);

    /** One passage that states a fact. {@code supersededBy} is the revising document, if a revision replaced it. */
    record Citation(Node claim, Node document, String sha256, String path, int start, int end, String exact,
                    Optional<Node> supersededBy) {
        /** The document page with this passage highlighted. */
        String href() {
            return "/doc/" + sha256 + "#" + start + "-" + end;
        }
    }

    /** How an inferred fact was reached: the stated group and the membership in force. */
    record Derivation(Node inference, Node group, Node membership, Optional<String> from, Optional<String> until,
                      Optional<Node> tier, Optional<Node> proxy) {}

    /**
     * One statement about the subject. {@code asserted}: the graph holds it (a superseded value
     * is claimed but no longer asserted).
     */
    record Fact(Node property, Node value, boolean asserted, List<Citation> citations, List<Derivation> derivations) {
        boolean inferredOnly() {
            return citations.isEmpty() && !derivations.isEmpty();
        }
    }

    private ProgramFacts() {}

    /** The facts about {@code subject}, in {@link #PROPERTY_ORDER}, each value's evidence attached. */
    static List<Fact> of(DatasetGraph dsg, Node subject) {
        Graph union = dsg.getUnionGraph();
        Map<List<Node>, Builder> facts = new LinkedHashMap<>();
        union.find(subject, Node.ANY, Node.ANY).forEachRemaining(t ->
                facts.computeIfAbsent(List.of(t.getPredicate(), t.getObject()), k -> new Builder()).asserted = true);
        for (Claim claim : Claims.about(union, subject)) {
            citation(union, claim).ifPresent(c -> facts.computeIfAbsent(List.of(claim.predicate(), claim.object()),
                    k -> new Builder()).citations.add(c));
        }
        Graph inferred = dsg.getGraph(AtlasNodes.INFERRED_GRAPH);
        ReifiedStatements.about(inferred, subject).forEach((inference, statement) -> {
            if (inferred.contains(inference, AtlasNodes.RDF_TYPE, AtlasNodes.INFERENCE)) {
                facts.computeIfAbsent(List.of(statement.getPredicate(), statement.getObject()), k -> new Builder())
                        .derivations.add(derivation(union, inferred, inference));
            }
        });
        List<Fact> out = new ArrayList<>();
        facts.forEach((key, b) -> {
            b.citations.sort(Comparator.comparing(Citation::path).thenComparingInt(Citation::start));
            out.add(new Fact(key.get(0), key.get(1), b.asserted, List.copyOf(b.citations), List.copyOf(b.derivations)));
        });
        out.sort(Comparator.comparingInt((Fact f) -> rank(f.property())).thenComparing(f -> f.property().toString())
                .thenComparing(f -> f.value().toString()));
        return out;
    }

    static int rank(Node property) {
        int i = property.isURI() ? PROPERTY_ORDER.indexOf(property.getURI()) : -1;
        return i < 0 ? PROPERTY_ORDER.size() : i;
    }

    /** The claim as a citation, with its document's SHA-256 and path; none if the document has no SHA-256. */
    private static Optional<Citation> citation(Graph union, Claim claim) {
        Node sha = one(union, claim.document(), AtlasNodes.SHA256);
        Node path = one(union, claim.document(), AtlasNodes.SOURCE_PATH);
        if (sha == null) {
            return Optional.empty();
        }
        return Optional.of(new Citation(claim.node(), claim.document(), sha.getLiteralLexicalForm(),
                path == null ? sha.getLiteralLexicalForm() : path.getLiteralLexicalForm(),
                claim.start(), claim.end(), claim.exact(), claim.supersededBy()));
    }

    private static Derivation derivation(Graph union, Graph inferred, Node inference) {
        Node membership = null;
        for (var it = inferred.find(inference, AtlasNodes.PROV_DERIVED_FROM, Node.ANY); it.hasNext(); ) {
            Node source = it.next().getObject();
            if (union.contains(source, AtlasNodes.RDF_TYPE, AtlasNodes.MEMBERSHIP)) {
                membership = source;
            }
        }
        Node from = membership == null ? null : one(union, membership, AtlasNodes.FROM);
        Node until = membership == null ? null : one(union, membership, AtlasNodes.UNTIL);
        return new Derivation(inference, one(inferred, inference, AtlasNodes.VIA_GROUP), membership,
                Optional.ofNullable(from).map(Node::getLiteralLexicalForm),
                Optional.ofNullable(until).map(Node::getLiteralLexicalForm),
                Optional.ofNullable(one(inferred, inference, AtlasNodes.USED_TIER)),
                Optional.ofNullable(one(inferred, inference, AtlasNodes.USED_PROXY)));
    }

    private static final class Builder {
        boolean asserted;
        final List<Citation> citations = new ArrayList<>();
        final List<Derivation> derivations = new ArrayList<>();
    }
}
