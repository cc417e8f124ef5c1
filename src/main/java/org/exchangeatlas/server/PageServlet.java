package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The explorer's static files, from {@code web/} in the jar: {@code /} is {@code web/index.html}
 * (the explorer), {@code /query} is {@code web/query.html} (the SPARQL editor), {@code /web/...}
 * their scripts, styles and the world map. The pages fetch their data from the SPARQL endpoint.
 */
final class PageServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String resource = switch (path) {
            case "", "/" -> "web/index.html";
            case "/query" -> "web/query.html";
            default -> path.substring(1);
        };
        if (!resource.startsWith("web/") || !ClasspathFiles.safe(resource)) {
            RdfResponses.error(response, 404, "No such page: " + path);
            return;
        }
        ClasspathFiles.send(response, resource, "no-cache");
    }
}
