package org.exchangeatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atlas demo [--store DIR]}: builds {@code samples/} into a store, prints its figures,
 * then runs every {@code queries/*.rq} and prints each one's first comment line and results.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Build samples/ into a store, show its figures and run queries/*.rq.",
                "samples/ and queries/ are read from the current folder; each query's first",
                "comment line is printed above its table of results."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done (samples/broken holds files that are meant to be skipped)",
                "  1  no samples/ folder, or a query failed", "  2  usage error"})
final class DemoCommand implements Callable<Integer> {
    static final Path SAMPLES = Path.of("samples");
    static final Path QUERIES = Path.of("queries");

    @ParentCommand
    AtlasCommand atlas;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/demo",
            description = "The store folder, created if absent (default: ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() throws CliException {
        if (!Files.isDirectory(SAMPLES)) {
            throw new CliException("no samples/ folder in " + Path.of("").toAbsolutePath()
                    + " (run the demo from the repository root)");
        }
        Builds.build(List.of(SAMPLES), store, atlas.out, atlas.err);
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
