package org.exchangeatlas.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.sparql.util.FmtUtils;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.AtlasTerms;

/**
 * A SHACL validation report as a person reads it: the results grouped by the node shape they
 * belong to (heading: the shape's {@code sh:name} and IRI, with a count), one line per result
 * <pre>
 *   focus-node-label (IRI): property: message
 * </pre>
 * and a closing line with the counts. The focus node's label is its {@code skos:prefLabel}
 * (English first, then Chinese, then any), else its {@code atlas:title}, else its class.
 * Build it inside a read transaction of the data graph.
 */
final class ValidationText {
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String SHAPES_NS = "https://w3id.org/exchange-atlas/ontology/shapes#";

    private final Graph shapes;
    private final Graph data;
    private final PrefixMapping prefixes;

    ValidationText(Graph shapes, Graph data) {
        this.shapes = shapes;
        this.data = data;
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.STANDARD)
                .setNsPrefix("sh", SH).setNsPrefix("shape", SHAPES_NS).lock();
    }

    /** The report's lines: per shape a heading and its results, then the closing line. */
    List<String> lines(ValidationReport report) {
        Map<String, List<String>> byShape = new TreeMap<>();
        for (ReportEntry e : report.getEntries()) {
            byShape.computeIfAbsent(shapeHeading(e.source()), k -> new ArrayList<>()).add(line(e));
        }
        List<String> out = new ArrayList<>();
        int results = 0;
        for (Map.Entry<String, List<String>> g : byShape.entrySet()) {
            List<String> lines = g.getValue().stream().sorted().toList();
            results += lines.size();
            out.add(g.getKey() + ": " + count(lines.size(), "violation"));
            lines.forEach(l -> out.add("  " + l));
        }
        out.add(report.conforms()
                ? "conforms: 0 violations"
                : "does not conform: " + count(results, "violation") + " of " + count(byShape.size(), "shape"));
        return out;
    }

    /** {@code focus-node-label (IRI): property: message}. */
    String line(ReportEntry e) {
        String severity = e.severity() == null || e.severity().equals(Severity.Violation) ? ""
                : "[" + e.severity().level().getLocalName() + "] ";
        return severity + label(e.focusNode()) + " (" + id(e.focusNode()) + "): " + property(e) + ": "
                + Messages.firstLine(e.message());
    }

    private String property(ReportEntry e) {
        if (e.resultPath() != null) {
            return PathWriter.asString(e.resultPath(), new org.apache.jena.sparql.core.Prologue(prefixes));
        }
        return literal(e.source(), SH + "name").orElse("(node)");
    }

    /** The node shape a result belongs to: its source shape, or the node shape holding that property shape. */
    private String shapeHeading(Node source) {
        Node shape = source;
        var parents = shapes.find(Node.ANY, AtlasNodes.iri(SH + "property"), source);
        try {
            if (parents.hasNext()) {
                shape = parents.next().getSubject();
            }
        } finally {
            parents.close();
        }
        String name = literal(shape, SH + "name").orElse("shape");
        return shape.isURI() ? name + " (" + prefixes.shortForm(shape.getURI()) + ")" : name;
    }

    private String label(Node n) {
        if (!n.isURI() && !n.isBlank()) {
            return FmtUtils.stringForNode(n, prefixes);
        }
        List<Node> labels = data.find(n, AtlasNodes.SKOS_PREF_LABEL, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).toList();
        for (String lang : List.of("en", "zh")) {
            Optional<String> l = labels.stream().filter(x -> x.getLiteralLanguage().equalsIgnoreCase(lang))
                    .map(Node::getLiteralLexicalForm).sorted().findFirst();
            if (l.isPresent()) {
                return l.get();
            }
        }
        Optional<String> any = labels.stream().map(Node::getLiteralLexicalForm).sorted().findFirst()
                .or(() -> literal(data, n, AtlasTerms.TITLE));
        if (any.isPresent()) {
            return any.get();
        }
        return data.find(n, AtlasNodes.RDF_TYPE, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .mapWith(t -> localName(t.getURI())).toList().stream().sorted().findFirst().orElse("(no label)");
    }

    private static String id(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : SSE.str(n);
    }

    private Optional<String> literal(Node s, String p) {
        return literal(shapes, s, p);
    }

    private static Optional<String> literal(Graph g, Node s, String p) {
        return g.find(s, AtlasNodes.iri(p), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted(Comparator.naturalOrder()).findFirst();
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
