package org.exchangeatlas.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample queries of {@code queries/*.rq}, copied into the jar by the build, for the SPARQL
 * editor. Each query's title is its first comment line. Read from the class path's own jar or
 * classes folder (a class path cannot be listed otherwise).
 */
final class ShippedQueries {
    static final String FOLDER = "queries/";

    /** One query: its file name, its first comment line, its text. */
    record ShippedQuery(String name, String title, String text) {}

    private ShippedQueries() {}

    static List<ShippedQuery> load() {
        List<String> names = names();
        List<ShippedQuery> out = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = ShippedQueries.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                if (in != null) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    out.add(new ShippedQuery(name, title(text), text));
                }
            } catch (IOException e) {
                // an unreadable entry is left out of the editor's list
            }
        }
        out.sort(Comparator.comparing(ShippedQuery::name));
        return List.copyOf(out);
    }

    /** The text of the first comment line, without {@code #}. */
    static String title(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "")).findFirst().orElse("");
    }

    private static List<String> names() {
        Path location;
        try {
            location = Path.of(ShippedQueries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> s = Files.list(location.resolve(FOLDER))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(names::add);
            } catch (IOException e) {
                return List.of();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(FOLDER) && n.endsWith(".rq") && n.indexOf('/', FOLDER.length()) < 0)
                        .map(n -> n.substring(FOLDER.length())).forEach(names::add);
            } catch (IOException e) {
                return List.of();
            }
        }
        return names;
    }
}
