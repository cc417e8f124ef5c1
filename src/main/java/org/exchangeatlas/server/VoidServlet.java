package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.exchangeatlas.store.AtlasStore;

/**
 * {@code /.well-known/void}: the {@link DatasetDescription} (VoID and DCAT) in Turtle, JSON-LD,
 * N-Triples or RDF/XML by {@code Accept}; a browser gets the same Turtle inside a page. On a
 * read-only server the counts are taken once, at the first request; when updates are allowed,
 * at every request.
 */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";

    private final transient AtlasStore store;
    private final boolean countOnce;
    private transient DatasetDescription.Counts counted;

    VoidServlet(AtlasStore store, boolean countOnce) {
        this.store = store;
        this.countOnce = countOnce;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> chosen = Representation.choose(request);
        if (chosen.isEmpty()) {
            RdfResponses.error(response, 406, "The description is available as text/turtle, application/ld+json, "
                    + "application/n-triples, application/rdf+xml and text/html.");
            return;
        }
        URI base = URI.create(request.getScheme() + "://" + hostPort(request) + "/");
        DatasetDescription.Counts c = counts();
        Graph description = store.read(() -> DatasetDescription.describe(store.datasetGraph(), c, base));
        if (chosen.get() != Representation.HTML) {
            RdfResponses.rdf(response, description, chosen.get());
            return;
        }
        description.getPrefixMapping().setNsPrefixes(RdfResponses.PREFIXES);
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, description, RDFFormat.TURTLE_PRETTY);
        Html h = new Html();
        h.element("h1", "", "The dataset").raw("<p>")
                .text("VoID and DCAT description of this store, for catalogues and crawlers. SPARQL endpoint: ")
                .link("/sparql", base.resolve("sparql").toString()).raw("</p>\n<table class=\"figures\"><tbody>\n");
        Object[][] rows = {{"triples", c.triples()}, {"entities", c.entities()}, {"classes", c.classes()},
                {"properties", c.properties()}, {"documents", c.documents()}};
        for (Object[] r : rows) {
            h.raw("<tr>").element("th", "", r[0].toString()).element("td", "", r[1].toString()).raw("</tr>\n");
        }
        h.raw("</tbody></table>\n<p>As ").link("?format=turtle", "Turtle").text(" · ").link("?format=jsonld", "JSON-LD")
                .text(" · ").link("?format=ntriples", "N-Triples").raw("</p>\n<pre class=\"turtle\">")
                .text(turtle.toString(StandardCharsets.UTF_8)).raw("</pre>\n");
        RdfResponses.html(response, 200, h.page("Dataset"));
    }

    private synchronized DatasetDescription.Counts counts() {
        if (counted == null || !countOnce) {
            counted = store.read(() -> DatasetDescription.count(store.datasetGraph()));
        }
        return counted;
    }

    private static String hostPort(HttpServletRequest request) {
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return host + ":" + request.getServerPort();
    }
}
