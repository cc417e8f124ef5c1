package org.exchangeatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.exchangeatlas.server.ServerSettings;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas demo [--store DIR] [--no-serve]}: builds {@code samples/} into a store, then serves
 * it ({@code atlas serve}: the explorer, the SPARQL endpoint, linked data), printing the URL. With
 * {@code --no-serve} it prints the store's figures instead and runs every {@code queries/*.rq},
 * printing each one's first comment line and results.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Build samples/ into a store and serve it: the explorer, the SPARQL endpoint and",
                "linked data, at the URL it prints (Ctrl-C stops it). With --no-serve: show the store's",
                "figures and run queries/*.rq instead. samples/ and queries/ are read from the current folder."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done (samples/broken holds files that are meant to be skipped)",
                "  1  no samples/ folder, a query failed, or the port cannot be used", "  2  usage error"})
final class DemoCommand implements Callable<Integer> {
    static final Path SAMPLES = Path.of("samples");
    static final Path QUERIES = Path.of("queries");

    @ParentCommand
    AtlasCommand atlas;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/demo",
            description = "The store folder, created if absent (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--no-serve", description = "Print the store's figures and the queries' results instead of serving.")
    boolean noServe;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "The address to serve on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "The port to serve on (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws CliException {
        if (!Files.isDirectory(SAMPLES)) {
            throw new CliException("no samples/ folder in " + Path.of("").toAbsolutePath()
                    + " (run the demo from the repository root)");
        }
        ServerSettings settings = noServe ? null : ServeCommand.settings(spec, host, port,
                ServerSettings.DEFAULT_TIMEOUT.toSeconds(), ServerSettings.DEFAULT_RESULT_LIMIT);
        if (Builds.build(List.of(SAMPLES), store, atlas.out, atlas.err) == null) {
            return AtlasCommand.FAILED; // stopped, and said so
        }
        if (settings != null) {
            atlas.out.println();
            Serving.serveUntilStopped(Stores.openExisting(store), settings, atlas.out);
            return 0;
        }
        int failed = 0;
        try (AtlasStore s = Stores.openExisting(store)) {
            atlas.out.println();
            StatsReport.print(s, atlas.out);
            List<Path> queries = queries();
            if (queries.isEmpty()) {
                atlas.err.println("atlas: no queries/*.rq here; nothing more to show");
            }
            for (Path file : queries) {
                atlas.out.println();
                atlas.out.println("== " + file + (heading(file).isEmpty() ? "" : ": " + heading(file)));
                try {
                    Sparql.Source source = Sparql.Source.read(file);
                    Query q = Sparql.parse(source);
                    Sparql.print(q, source.name(), s.dataset(), Sparql.Format.table, atlas.out);
                } catch (CliException e) {
                    atlas.err.println("atlas: " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : AtlasCommand.FAILED;
    }

    private static List<Path> queries() throws CliException {
        if (!Files.isDirectory(QUERIES)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new CliException(QUERIES + ": cannot list: " + Messages.describe(e), e);
        }
    }

    /** The text of the query's first comment line, without the {@code #}. */
    static String heading(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::strip).filter(l -> l.startsWith("#"))
                    .map(l -> l.replaceFirst("^#+\\s*", "")).findFirst().orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
