package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.exchangeatlas.model.Namespaces;

/** Writes the server's answers: RDF in a chosen {@link Representation}, HTML pages, and errors. */
final class RdfResponses {
    /** The prefixes of the RDF the server writes: the standard ones and VoID's and DCAT's. */
    static final Map<String, String> PREFIXES = Namespaces.with(Map.of(
            "void", "http://rdfs.org/ns/void#", "dcat", "http://www.w3.org/ns/dcat#"));

    private RdfResponses() {}

    /** Writes {@code graph} as {@code r} (an RDF representation), with the standard prefixes. */
    static void rdf(HttpServletResponse response, Graph graph, Representation r) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(r.contentType());
        response.setHeader("Vary", "Accept");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, graph, r.rdfFormat().orElseThrow());
        }
    }

    static void html(HttpServletResponse response, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** A small HTML error page with one line saying what is missing or wrong. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        Html h = new Html();
        h.element("h1", "", status == 404 ? "Not found" : "Cannot answer").element("p", "class=\"error\"", message);
        html(response, status, h.page(status == 404 ? "Not found" : "Error"));
    }
}
