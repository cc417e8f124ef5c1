package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.store.AtlasStore;

/**
 * {@code /id/{kind}/{slug}}: the entity {@code https://w3id.org/exchange-atlas/id/{kind}/{slug}},
 * as an HTML page ({@link EntityPage}) or as RDF ({@link EntityDescription}) in Turtle, JSON-LD,
 * N-Triples or RDF/XML, by {@code Accept} ({@link Representation}). An IRI the store says nothing
 * about is 404; a form the server cannot give is 406.
 */
final class LinkedDataServlet extends HttpServlet {
    private final transient AtlasStore store;

    LinkedDataServlet(AtlasStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            RdfResponses.error(response, 404, "An entity's path is /id/{kind}/{slug}, e.g. /id/country/KZ.");
            return;
        }
        Node entity = NodeFactory.createURI(AtlasTerms.ID + path.substring(1));
        Optional<Representation> chosen = Representation.choose(request);
        if (chosen.isEmpty()) {
            response.setHeader("Vary", "Accept");
            RdfResponses.error(response, 406, "This resource is available as text/html, text/turtle, application/ld+json, "
                    + "application/n-triples and application/rdf+xml.");
            return;
        }
        Representation r = chosen.get();
        if (r == Representation.HTML) {
            Optional<String> page = store.read(() -> EntityDescription.known(store.datasetGraph(), entity)
                    ? Optional.of(new EntityPage(store.datasetGraph()).render(entity)) : Optional.empty());
            if (page.isEmpty()) {
                RdfResponses.error(response, 404, "The store says nothing about " + entity.getURI() + ".");
            } else {
                RdfResponses.html(response, 200, page.get());
            }
            return;
        }
        Graph graph = store.read(() -> EntityDescription.of(store.datasetGraph(), entity));
        if (graph.isEmpty()) {
            RdfResponses.error(response, 404, "The store says nothing about " + entity.getURI() + ".");
            return;
        }
        RdfResponses.rdf(response, graph, r);
    }
}
