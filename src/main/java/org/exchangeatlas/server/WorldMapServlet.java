package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.exchangeatlas.store.AtlasStore;

/** {@code /api/world.json}: the {@link WorldMap} with ISO codes, made at the first request and kept. */
final class WorldMapServlet extends HttpServlet {
    private final transient AtlasStore store;
    private transient byte[] map;

    WorldMapServlet(AtlasStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes;
        try {
            bytes = map();
        } catch (IOException | UncheckedIOException e) {
            RdfResponses.error(response, 500, "The world map is missing: " + e.getMessage());
            return;
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private synchronized byte[] map() throws IOException {
        if (map == null) {
            map = store.read(() -> {
                try {
                    return WorldMap.withCodes(store.datasetGraph());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return map;
    }
}
