package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/** Sends files that ship inside the jar (the pages under {@code web/}, WebJars), with their media type. */
final class ClasspathFiles {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "json", "application/json",
            "rq", "application/sparql-query;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "map", "application/json");

    private ClasspathFiles() {}

    /** Whether a relative resource path is safe: no empty, {@code .} or {@code ..} segments, no backslash. */
    static boolean safe(String path) {
        if (path.isEmpty() || path.contains("\\") || path.startsWith("/")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Sends the resource, or a 404 page when the jar has no such file or its type is not served. */
    static void send(HttpServletResponse response, String resource, String cacheControl) throws IOException {
        String type = TYPES.get(extension(resource));
        InputStream in = type == null ? null : ClasspathFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            RdfResponses.error(response, 404, "No such file: /" + resource);
            return;
        }
        try (in; OutputStream out = response.getOutputStream()) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(type);
            response.setHeader("Cache-Control", cacheControl);
            in.transferTo(out);
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
