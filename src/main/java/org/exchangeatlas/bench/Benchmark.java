package org.exchangeatlas.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.exchangeatlas.generate.CorpusGenerator;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.pipeline.BuildListener;
import org.exchangeatlas.pipeline.BuildOptions;
import org.exchangeatlas.pipeline.BuildSummary;
import org.exchangeatlas.pipeline.Pipeline;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.StoreCounts;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * One benchmark run, all phases in one JVM:
 * <pre>
 * generate corpus -> build (our pipeline, timed per stage, peak heap) -> export N-Quads
 *   -> TDB2 bulk loader on the same quads into a fresh store (the yardstick)
 *   -> rebuild after one file changed (incremental)
 *   -> every shipped query over HTTP (embedded Fuseki on loopback): p50 / p95 / p99
 *   -> simple lookups from concurrent clients: queries per second
 * </pre>
 * The pipeline and the exporter come from the caller ({@code cli} wires them), so the benchmark
 * measures exactly what {@code atlas build} and {@code atlas export} run.
 */
public final class Benchmark {
    /** Writes the store as N-Quads; returns the number of quads written. */
    public interface Exporter {
        long export(Path store, Path nquads) throws Exception;
    }

    /**
     * @param programs   programs to generate
     * @param seed       the generator's seed
     * @param workDir    where the corpus, the stores and the export go
     * @param queries    the shipped query files
     * @param queryRuns  timed runs of each query
     * @param threads    concurrent clients in the load phase
     * @param loadSeconds length of the load phase
     */
    public record Settings(int programs, long seed, Path workDir, List<Path> queries, int queryRuns, int threads,
                           double loadSeconds) {}

    private final Pipeline pipeline;
    private final Vocabulary vocabulary;
    private final Exporter exporter;

    public Benchmark(Pipeline pipeline, Vocabulary vocabulary, Exporter exporter) {
        this.pipeline = pipeline;
        this.vocabulary = vocabulary;
        this.exporter = exporter;
    }

    public BenchReport run(Settings s, PrintStream log) throws Exception {
        Path corpusDir = s.workDir().resolve("corpus");
        Path storeDir = s.workDir().resolve("store");
        Path nquads = s.workDir().resolve("export.nq");
        Path bulkDir = s.workDir().resolve("bulk-store");

        log.println("generating " + s.programs() + " programs ...");
        CorpusGenerator.Corpus corpus = new CorpusGenerator(vocabulary).generate(s.programs(), s.seed(), corpusDir);

        log.println("building " + corpus.files() + " files ...");
        System.gc();
        PeakHeap.reset();
        long[] writingAt = {0};
        long t0 = System.nanoTime();
        BuildSummary summary;
        StoreCounts counts;
        try (AtlasStore store = AtlasStore.open(storeDir)) {
            summary = pipeline.run(List.of(corpusDir), store, new BuildListener() {
                @Override
                public void writing() {
                    writingAt[0] = System.nanoTime();
                }
            }, BuildOptions.DEFAULTS);
            long t1 = System.nanoTime();
            long peak = PeakHeap.peak();
            counts = store.read(() -> StoreCounts.of(store.datasetGraph()));
            long buildMillis = (t1 - t0) / 1_000_000;
            long readExtract = (writingAt[0] - t0) / 1_000_000;
            log.println("built in " + buildMillis + " ms; exporting ...");

            long e0 = System.nanoTime();
            exporter.export(storeDir, nquads);
            long exportMillis = (System.nanoTime() - e0) / 1_000_000;

            log.println("bulk loading the same quads ...");
            BulkLoad bulk = BulkLoad.run(nquads, bulkDir);

            log.println("rebuilding after one file changed ...");
            long incremental = incremental(corpusDir, storeDir);

            log.println("timing queries over HTTP ...");
            List<QueryTimings.Timed> timed = new ArrayList<>();
            QueryTimings.Load load;
            try (AtlasStore reopened = AtlasStore.open(storeDir);
                 QueryTimings http = new QueryTimings(reopened.dataset())) {
                for (Path q : s.queries()) {
                    timed.add(http.time(q.getFileName().toString(), Files.readString(q, StandardCharsets.UTF_8), 1,
                            s.queryRuns(), 20));
                    QueryTimings.Timed t = timed.get(timed.size() - 1);
                    if (t.failed()) {
                        log.printf("  %s: failed: %s%n", t.name(), t.failure());
                        continue;
                    }
                    log.printf(java.util.Locale.ROOT, "  %s: %d rows, p50 %.1f ms, p95 %.1f ms (%d runs)%n", t.name(), t.rows(),
                            t.latencies().p50(), t.latencies().p95(), t.latencies().runs());
                }
                List<String> programs = reopened.read(() -> programIris(reopened, 2000));
                // untimed first: the compiler is still at work on the request path for some seconds
                http.load(programs, s.threads(), Math.min(3, s.loadSeconds()));
                load = http.load(programs, s.threads(), s.loadSeconds());
            }
            return new BenchReport(s.programs(), corpus.files(), summary.documents(), counts.programs(), counts.quads(),
                    buildMillis, readExtract, buildMillis - readExtract, peak, exportMillis, bulk, incremental, timed, load);
        }
    }

    /** Changes one file (its text and its time) and times the rebuild, which reads only that file. */
    private long incremental(Path corpusDir, Path storeDir) throws IOException, org.exchangeatlas.store.StoreException {
        Path first;
        try (Stream<Path> files = Files.walk(corpusDir)) {
            first = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().findFirst()
                    .orElseThrow(() -> new IOException(corpusDir + ": no text file to change"));
        }
        Files.writeString(first, Files.readString(first, StandardCharsets.UTF_8) + "\n（本通知已更新。）\n",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(first, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 2000));
        long t0 = System.nanoTime();
        try (AtlasStore store = AtlasStore.open(storeDir)) {
            BuildSummary s = pipeline.run(List.of(corpusDir), store, BuildListener.NONE, BuildOptions.DEFAULTS);
            if (s.documents() != 1) {
                throw new IllegalStateException("the rebuild read " + s.documents() + " documents, not 1");
            }
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static List<String> programIris(AtlasStore store, int max) {
        List<String> out = new ArrayList<>();
        Node type = NodeFactory.createURI(AtlasTerms.RDF_TYPE);
        Node program = NodeFactory.createURI(AtlasTerms.PROGRAM);
        var it = store.datasetGraph().getUnionGraph().find(Node.ANY, type, program);
        while (it.hasNext() && out.size() < max) {
            out.add(it.next().getSubject().getURI());
        }
        it.close();
        return out;
    }
}
