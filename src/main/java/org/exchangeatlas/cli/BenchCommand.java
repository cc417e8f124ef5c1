package org.exchangeatlas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.exchangeatlas.bench.BenchReport;
import org.exchangeatlas.bench.Benchmark;
import org.exchangeatlas.bench.TableBench;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atlas bench}: generates a corpus, builds it, sets the build against the TDB2 bulk loader
 * on the same quads, times the shipped queries over HTTP and a concurrent load; prints a Markdown
 * table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Benchmark the build and the queries on a generated corpus; print a Markdown table.",
                "Build (docs/s, quads/s, peak heap) against Jena's TDB2 bulk loader on the same quads,",
                "a rebuild after one file changed, each queries/*.rq over HTTP (p50/p95/p99), and",
                "simple lookups from concurrent clients (queries/s).",
                "With --table-rows N: only the large-table bench (one CSV of N rows built by the launcher)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  a phase failed", "  2  usage error"})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Option(names = "--programs", paramLabel = "N", defaultValue = "2000", description = "Programs to generate (default: ${DEFAULT-VALUE}).")
    int programs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The generator's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to FILE.")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus and stores go (default: a new temporary folder, deleted after).")
    Path work;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "The folder of .rq files to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--load-seconds", paramLabel = "S", defaultValue = "10", description = "Length of the load phase (default: ${DEFAULT-VALUE}).")
    double loadSeconds;

    @Option(names = "--table-rows", paramLabel = "N",
            description = "Instead: the large-table bench. Write a table of N rows with its mapping and build it "
                    + "with the atlas launcher in a process of its own under --table-heap; print time and peak memory.")
    Integer tableRows;

    @Option(names = "--table-heap", paramLabel = "SIZE", defaultValue = "2g",
            description = "The -Xmx of the table bench's build (default: ${DEFAULT-VALUE}).")
    String tableHeap;

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? work : Files.createTempDirectory("atlas-bench");
        if (tableRows != null) {
            return tableBench(dir);
        }
        List<Path> queryFiles;
        try (Stream<Path> s = Files.exists(queries) ? Files.list(queries) : Stream.empty()) {
            queryFiles = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        Vocabulary vocab = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
        Benchmark bench = new Benchmark(Wiring.pipeline(), vocab, BenchCommand::export);
        try {
            BenchReport r = bench.run(new Benchmark.Settings(programs, seed, dir, queryFiles, runs, threads, loadSeconds),
                    atlas.err);
            String table = r.markdown();
            atlas.out.print(table);
            if (out != null) {
                Files.writeString(out, table, StandardCharsets.UTF_8);
            }
        } finally {
            if (work == null) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private int tableBench(Path dir) throws Exception {
        Path launcher = launcher();
        Vocabulary vocab = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
        try {
            TableBench.Report r = new TableBench(vocab).run(
                    new TableBench.Settings(tableRows, seed, dir, launcher, tableHeap), atlas.err);
            String table = r.markdown();
            atlas.out.print(table);
            if (out != null) {
                Files.writeString(out, table, StandardCharsets.UTF_8);
            }
            return r.exit() == 0 ? 0 : AtlasCommand.FAILED;
        } finally {
            if (work == null) {
                deleteTree(dir);
            }
        }
    }

    /** The {@code atlas} launcher beside the folder of the running jar ({@code target/atlas.jar}). */
    private static Path launcher() throws CliException {
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path launcher = jar.toAbsolutePath().getParent().getParent().resolve("atlas");
            if (!Files.isExecutable(launcher)) {
                throw new CliException(launcher + ": no atlas launcher here (run the table bench from target/atlas.jar)");
            }
            return launcher;
        } catch (java.net.URISyntaxException e) {
            throw new CliException("cannot find the atlas launcher: " + e.getMessage(), e);
        }
    }

    /** The export command itself, writing N-Quads. */
    private static long export(Path store, Path file) throws CliException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AtlasCommand.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "export", "--store", store.toString(), "--format", "nquads", "--out", file.toString());
        String message = err.toString(StandardCharsets.UTF_8).strip();
        if (code != 0) {
            throw new CliException("export failed: " + message);
        }
        return Long.parseLong(message.replaceAll("^wrote (\\d+) .*$", "$1"));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
