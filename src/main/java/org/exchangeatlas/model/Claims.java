package org.exchangeatlas.model;

import static org.exchangeatlas.model.AtlasNodes.CLAIM;
import static org.exchangeatlas.model.AtlasNodes.DCTERMS_LANGUAGE;
import static org.exchangeatlas.model.AtlasNodes.EXTRACTED_BY;
import static org.exchangeatlas.model.AtlasNodes.OA_END;
import static org.exchangeatlas.model.AtlasNodes.OA_EXACT;
import static org.exchangeatlas.model.AtlasNodes.OA_HAS_SELECTOR;
import static org.exchangeatlas.model.AtlasNodes.OA_POSITION_SELECTOR;
import static org.exchangeatlas.model.AtlasNodes.OA_QUOTE_SELECTOR;
import static org.exchangeatlas.model.AtlasNodes.OA_START;
import static org.exchangeatlas.model.AtlasNodes.PROV_DERIVED_FROM;
import static org.exchangeatlas.model.AtlasNodes.RDF_TYPE;
import static org.exchangeatlas.model.AtlasNodes.SUPERSEDED_BY;
import static org.exchangeatlas.model.GraphReads.one;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes claims into the graph and reads them back: the one place that knows how a
 * {@link Claim} is spelled in RDF (MODEL.md, "Claims"):
 * <pre>
 * ?claim a atlas:Claim ; rdf:subject S ; rdf:predicate P ; rdf:object O ;
 *        prov:wasDerivedFrom ?document ; oa:hasSelector ?sel ; dcterms:language "zh" ;
 *        atlas:extractedBy ?rule ; atlas:supersededBy ?revision .
 * ?sel a oa:TextPositionSelector, oa:TextQuoteSelector ; oa:start 120 ; oa:end 134 ; oa:exact "…" .
 * </pre>
 * The readers take a graph: a document's graph or the union of all. Call them inside a read
 * transaction.
 */
public final class Claims {
    private Claims() {}

    /**
     * Writes the fact and its claim into the graph of the claim's document.
     *
     * @param language the passage's language ({@code dcterms:language} of the claim)
     */
    public static void write(Claim claim, String language, Consumer<Quad> out) {
        Node g = claim.document();
        Node c = claim.node();
        Node selector = AtlasNodes.iri(Iris.selector(c.getURI()));
        out.accept(Quad.create(g, claim.statement()));
        ReifiedStatements.describe(g, c, CLAIM, claim.statement(), out);
        out.accept(Quad.create(g, c, PROV_DERIVED_FROM, g));
        out.accept(Quad.create(g, c, OA_HAS_SELECTOR, selector));
        out.accept(Quad.create(g, selector, RDF_TYPE, OA_POSITION_SELECTOR));
        out.accept(Quad.create(g, selector, RDF_TYPE, OA_QUOTE_SELECTOR));
        out.accept(Quad.create(g, selector, OA_START, nonNegative(claim.start())));
        out.accept(Quad.create(g, selector, OA_END, nonNegative(claim.end())));
        out.accept(Quad.create(g, selector, OA_EXACT, NodeFactory.createLiteralString(claim.exact())));
        out.accept(Quad.create(g, c, DCTERMS_LANGUAGE, NodeFactory.createLiteralString(language)));
        claim.supersededBy().ifPresent(revision -> out.accept(Quad.create(g, c, SUPERSEDED_BY, revision)));
        claim.rules().forEach(rule -> out.accept(Quad.create(g, c, EXTRACTED_BY, rule)));
    }

    /** The claim {@code node} of {@code g}, if it is complete: its statement, its document and its passage. */
    public static Optional<Claim> read(Graph g, Node node) {
        Optional<Triple> statement = ReifiedStatements.of(g, node);
        Node document = one(g, node, PROV_DERIVED_FROM);
        Node selector = one(g, node, OA_HAS_SELECTOR);
        if (statement.isEmpty() || document == null || selector == null) {
            return Optional.empty();
        }
        Node start = one(g, selector, OA_START);
        Node end = one(g, selector, OA_END);
        Node exact = one(g, selector, OA_EXACT);
        if (start == null || end == null || exact == null) {
            return Optional.empty();
        }
        List<Node> rules = new ArrayList<>();
        g.find(node, EXTRACTED_BY, Node.ANY).forEachRemaining(t -> rules.add(t.getObject()));
        Triple s = statement.get();
        return Optional.of(new Claim(node, s.getSubject(), s.getPredicate(), s.getObject(), document,
                Integer.parseInt(start.getLiteralLexicalForm()), Integer.parseInt(end.getLiteralLexicalForm()),
                exact.getLiteralLexicalForm(), Optional.ofNullable(one(g, node, SUPERSEDED_BY)), rules));
    }

    /** Whether {@code node} is a claim in {@code g}. */
    public static boolean isClaim(Graph g, Node node) {
        return g.contains(node, RDF_TYPE, CLAIM);
    }

    /** The complete claims of {@code g}, in the order the graph lists them. */
    public static List<Claim> in(Graph g) {
        List<Claim> out = new ArrayList<>();
        g.find(Node.ANY, RDF_TYPE, CLAIM).forEachRemaining(t -> read(g, t.getSubject()).ifPresent(out::add));
        return out;
    }

    /** The complete claims of {@code g} whose fact is about {@code subject}. */
    public static List<Claim> about(Graph g, Node subject) {
        List<Claim> out = new ArrayList<>();
        ReifiedStatements.about(g, subject).keySet().forEach(node -> {
            if (isClaim(g, node)) {
                read(g, node).ifPresent(out::add);
            }
        });
        return out;
    }

    /** The complete claims of {@code g} that cite {@code document}. */
    public static List<Claim> citing(Graph g, Node document) {
        List<Claim> out = new ArrayList<>();
        g.find(Node.ANY, PROV_DERIVED_FROM, document).forEachRemaining(t -> read(g, t.getSubject()).ifPresent(out::add));
        return out;
    }

    /** The triples that describe {@code node} in {@code g}: its own, then those of its selector. */
    public static List<Triple> description(Graph g, Node node) {
        List<Triple> out = new ArrayList<>(g.find(node, Node.ANY, Node.ANY).toList());
        g.find(node, OA_HAS_SELECTOR, Node.ANY).forEachRemaining(s -> out.addAll(g.find(s.getObject(), Node.ANY, Node.ANY).toList()));
        return out;
    }

    /** Every mark {@code claim atlas:supersededBy revision}, in every graph of {@code dsg}. */
    public static List<Quad> supersessions(DatasetGraph dsg) {
        List<Quad> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, SUPERSEDED_BY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** Marks the claim of {@code graph} superseded by {@code revision}; false if it was already. */
    public static boolean supersede(DatasetGraph dsg, Node graph, Node claim, Node revision) {
        if (dsg.contains(graph, claim, SUPERSEDED_BY, revision)) {
            return false;
        }
        dsg.add(graph, claim, SUPERSEDED_BY, revision);
        return true;
    }

    private static Node nonNegative(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
