package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.exchangeatlas.model.AtlasTerms;

/** Writes the server's answers: RDF in a chosen {@link Representation}, HTML pages, and errors. */
final class RdfResponses {
    /** The prefixes of the RDF the server writes. */
    static final Map<String, String> PREFIXES = prefixes();

    private RdfResponses() {}

    private static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("atlas", AtlasTerms.NS);
        m.put("skos", AtlasTerms.SKOS);
        m.put("org", AtlasTerms.ORG);
        m.put("prov", AtlasTerms.PROV);
        m.put("oa", AtlasTerms.OA);
        m.put("dcterms", AtlasTerms.DCTERMS);
        m.put("xsd", AtlasTerms.XSD);
        m.put("rdf", AtlasTerms.RDF);
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        return java.util.Collections.unmodifiableMap(m);
    }

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
