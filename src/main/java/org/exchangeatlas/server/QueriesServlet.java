package org.exchangeatlas.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** {@code /api/queries}: the {@link ShippedQueries} as a JSON array of {@code {name, title, text}}. */
final class QueriesServlet extends HttpServlet {
    private final byte[] json;

    QueriesServlet(List<ShippedQueries.ShippedQuery> queries) {
        try {
            this.json = new ObjectMapper().writeValueAsBytes(queries);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the queries as JSON", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
