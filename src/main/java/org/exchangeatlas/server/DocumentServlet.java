package org.exchangeatlas.server;

import static org.exchangeatlas.model.GraphReads.one;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.Claim;
import org.exchangeatlas.model.Claims;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.store.AtlasStore;

/**
 * {@code /doc/{sha256}}: the text of a document as Exchange Atlas read it ({@code atlas:text}),
 * which is what claims' offsets count in. A claim's passage is highlighted: by {@code web/doc.js}
 * from the fragment {@code #start-end} (the links from facts), or by the server from
 * {@code ?start=&end=}. Beside the text, every passage the document's claims cite, each a link
 * that highlights it.
 */
final class DocumentServlet extends HttpServlet {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final transient AtlasStore store;

    DocumentServlet(AtlasStore store) {
        this.store = store;
    }

    /** A passage that a claim of this document cites. */
    private record Passage(int start, int end, String exact, Node property, Node value) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String sha = path == null ? "" : path.substring(1);
        if (!SHA256.matcher(sha).matches()) {
            RdfResponses.error(response, 404, "A document's path is /doc/{sha256}, 64 lower-case hexadecimal digits.");
            return;
        }
        Optional<String> page = store.read(() -> render(sha, bound(request, "start"), bound(request, "end")));
        if (page.isEmpty()) {
            RdfResponses.error(response, 404, "No document with SHA-256 " + sha + " in this store.");
        } else {
            RdfResponses.html(response, 200, page.get());
        }
    }

    private Optional<String> render(String sha, int start, int end) {
        Graph union = store.datasetGraph().getUnionGraph();
        Node doc = AtlasNodes.iri(Iris.document(sha));
        Node text = one(union, doc, AtlasNodes.TEXT);
        if (text == null) {
            return Optional.empty();
        }
        Labels labels = new Labels(union);
        String body = text.getLiteralLexicalForm();
        Node path = one(union, doc, AtlasNodes.SOURCE_PATH);
        Node language = one(union, doc, AtlasNodes.DCTERMS_LANGUAGE);
        String title = path == null ? sha : path.getLiteralLexicalForm();
        Html h = new Html();
        h.raw("<article class=\"document\">\n").element("p", "class=\"kind\"", "Document").element("h1", "", title);
        h.raw("<p class=\"iri\">SHA-256 <code>").text(sha).raw("</code> · ").link(EntityPage.local(doc), "its statements");
        if (language != null) {
            h.text(" · language " + language.getLiteralLexicalForm());
        }
        h.raw("</p>\n<div class=\"reader\">\n<pre id=\"text\" class=\"text\"");
        if (language != null) {
            h.raw(" lang=\"").text(language.getLiteralLexicalForm()).raw("\"");
        }
        h.raw(">");
        if (start >= 0 && end > start && end <= body.length()) {
            h.text(body.substring(0, start)).raw("<mark id=\"passage\">").text(body.substring(start, end)).raw("</mark>")
                    .text(body.substring(end));
        } else {
            h.text(body);
        }
        h.raw("</pre>\n");
        // One entry per cited span, with every fact that cites it.
        Map<String, List<Passage>> bySpan = new LinkedHashMap<>();
        for (Passage p : passages(union, doc)) {
            bySpan.computeIfAbsent(p.start() + "-" + p.end(), k -> new ArrayList<>()).add(p);
        }
        if (!bySpan.isEmpty()) {
            h.raw("<aside class=\"passages\"><h2>Passages cited</h2>\n<ol>\n");
            bySpan.forEach((span, cited) -> {
                h.raw("<li><a href=\"#").text(span).raw("\"><q>").text(cited.get(0).exact()).raw("</q></a>");
                for (Passage p : cited) {
                    h.raw("<br>").element("span", "class=\"note\"", labels.best(p.property()) + ": " + labels.best(p.value()));
                }
                h.raw("</li>\n");
            });
            h.raw("</ol></aside>\n");
        }
        h.raw("</div>\n</article>\n");
        return Optional.of(h.page(title, "/web/doc.js"));
    }

    private static List<Passage> passages(Graph union, Node doc) {
        List<Passage> out = new ArrayList<>();
        for (Claim c : Claims.citing(union, doc)) {
            out.add(new Passage(c.start(), c.end(), c.exact(), c.predicate(), c.object()));
        }
        out.sort(Comparator.comparingInt(Passage::start).thenComparingInt(Passage::end));
        return out;
    }

    /** A non-negative integer parameter, or -1. */
    private static int bound(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null || !v.matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(v);
    }
}
