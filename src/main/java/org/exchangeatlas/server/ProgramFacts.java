package org.exchangeatlas.server;

import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

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

    private static final Node TYPE = uri(RDF_TYPE);
    private static final Node SUBJECT = uri(RDF_SUBJECT);
    private static final Node PREDICATE = uri(RDF_PREDICATE);
    private static final Node OBJECT = uri(RDF_OBJECT);
    private static final Node DERIVED = uri(PROV_DERIVED_FROM);
    private static final Node SELECTOR = uri(OA_HAS_SELECTOR);
    private static final Node START = uri(OA_START);
    private static final Node END = uri(OA_END);
    private static final Node EXACT = uri(OA_EXACT);

    private ProgramFacts() {}

    /** The facts about {@code subject}, in {@link #PROPERTY_ORDER}, each value's evidence attached. */
    static List<Fact> of(DatasetGraph dsg, Node subject) {
        Graph union = dsg.getUnionGraph();
        Map<List<Node>, Builder> facts = new LinkedHashMap<>();
        union.find(subject, Node.ANY, Node.ANY).forEachRemaining(t ->
                facts.computeIfAbsent(List.of(t.getPredicate(), t.getObject()), k -> new Builder()).asserted = true);
        union.find(Node.ANY, SUBJECT, subject).forEachRemaining(t -> {
            Node claim = t.getSubject();
            if (union.contains(claim, TYPE, uri(CLAIM))) {
                citation(union, claim).ifPresent(c -> facts.computeIfAbsent(statement(union, claim), k -> new Builder())
                        .citations.add(c));
            }
        });
        Graph inferred = dsg.getGraph(uri(INFERRED_GRAPH));
        inferred.find(Node.ANY, SUBJECT, subject).forEachRemaining(t -> {
            Node inference = t.getSubject();
            if (inferred.contains(inference, TYPE, uri(INFERENCE))) {
                facts.computeIfAbsent(statement(inferred, inference), k -> new Builder())
                        .derivations.add(derivation(union, inferred, inference));
            }
        });
        List<Fact> out = new ArrayList<>();
        facts.forEach((key, b) -> {
            if (key.get(0) != null && key.get(1) != null) {
                b.citations.sort(Comparator.comparing(Citation::path).thenComparingInt(Citation::start));
                out.add(new Fact(key.get(0), key.get(1), b.asserted, List.copyOf(b.citations), List.copyOf(b.derivations)));
            }
        });
        out.sort(Comparator.comparingInt((Fact f) -> rank(f.property())).thenComparing(f -> f.property().toString())
                .thenComparing(f -> f.value().toString()));
        return out;
    }

    static int rank(Node property) {
        int i = property.isURI() ? PROPERTY_ORDER.indexOf(property.getURI()) : -1;
        return i < 0 ? PROPERTY_ORDER.size() : i;
    }

    private static List<Node> statement(Graph g, Node reification) {
        return java.util.Arrays.asList(one(g, reification, PREDICATE), one(g, reification, OBJECT));
    }

    private static Optional<Citation> citation(Graph union, Node claim) {
        Node doc = one(union, claim, DERIVED);
        Node selector = one(union, claim, SELECTOR);
        if (doc == null || selector == null) {
            return Optional.empty();
        }
        Node start = one(union, selector, START);
        Node end = one(union, selector, END);
        Node exact = one(union, selector, EXACT);
        Node sha = one(union, doc, uri(SHA256));
        Node path = one(union, doc, uri(SOURCE_PATH));
        if (start == null || end == null || exact == null || sha == null) {
            return Optional.empty();
        }
        return Optional.of(new Citation(claim, doc, sha.getLiteralLexicalForm(),
                path == null ? sha.getLiteralLexicalForm() : path.getLiteralLexicalForm(),
                Integer.parseInt(start.getLiteralLexicalForm()), Integer.parseInt(end.getLiteralLexicalForm()),
                exact.getLiteralLexicalForm(), Optional.ofNullable(one(union, claim, uri(SUPERSEDED_BY)))));
    }

    private static Derivation derivation(Graph union, Graph inferred, Node inference) {
        Node membership = null;
        for (var it = inferred.find(inference, DERIVED, Node.ANY); it.hasNext(); ) {
            Node source = it.next().getObject();
            if (union.contains(source, TYPE, uri(MEMBERSHIP))) {
                membership = source;
            }
        }
        Node from = membership == null ? null : one(union, membership, uri(FROM));
        Node until = membership == null ? null : one(union, membership, uri(UNTIL));
        return new Derivation(inference, one(inferred, inference, uri(VIA_GROUP)), membership,
                Optional.ofNullable(from).map(Node::getLiteralLexicalForm),
                Optional.ofNullable(until).map(Node::getLiteralLexicalForm),
                Optional.ofNullable(one(inferred, inference, uri(USED_TIER))),
                Optional.ofNullable(one(inferred, inference, uri(USED_PROXY))));
    }

    /** The object of {@code s p ?o}, or null; the lexically least when there are several. */
    static Node one(Graph g, Node s, Node p) {
        Node chosen = null;
        for (var it = g.find(s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (chosen == null || o.toString().compareTo(chosen.toString()) < 0) {
                chosen = o;
            }
        }
        return chosen;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static final class Builder {
        boolean asserted;
        final List<Citation> citations = new ArrayList<>();
        final List<Derivation> derivations = new ArrayList<>();
    }
}
