package org.exchangeatlas.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /webjars/{name}/{file}}: a file of a WebJar on the class path, without its version in the
 * URL ({@code /webjars/echarts/dist/echarts.min.js}), so that the pages need no edit when the
 * pom's version changes. The version is read from the WebJar's Maven metadata.
 */
final class WebJarServlet extends HttpServlet {
    private static final String[] GROUPS = {"org.webjars.npm", "org.webjars"};

    private final transient ConcurrentHashMap<String, Optional<String>> versions = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(Math.min(1, request.getPathInfo().length()));
        int slash = path.indexOf('/');
        if (slash <= 0 || !ClasspathFiles.safe(path)) {
            RdfResponses.error(response, 404, "A WebJar file's path is /webjars/{name}/{file}.");
            return;
        }
        String name = path.substring(0, slash);
        Optional<String> version = versions.computeIfAbsent(name, WebJarServlet::version);
        if (version.isEmpty()) {
            RdfResponses.error(response, 404, "No WebJar named " + name + " on the class path.");
            return;
        }
        ClasspathFiles.send(response, "META-INF/resources/webjars/" + name + "/" + version.get() + path.substring(slash),
                "public, max-age=86400");
    }

    /** The version of the WebJar {@code name}, from its {@code pom.properties}. */
    static Optional<String> version(String name) {
        for (String group : GROUPS) {
            String resource = "META-INF/maven/" + group + "/" + name + "/pom.properties";
            try (InputStream in = WebJarServlet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    return Optional.ofNullable(p.getProperty("version"));
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
