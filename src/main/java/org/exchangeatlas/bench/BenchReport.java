package org.exchangeatlas.bench;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one {@link Benchmark} run, and their Markdown table.
 *
 * @param programs        programs generated
 * @param files           files in the corpus
 * @param documents       documents read by the build (duplicates not counted)
 * @param storePrograms   programs in the store after the build
 * @param quads           quads in the store after the build
 * @param buildMillis     the whole build: files to committed store
 * @param readExtractMillis reading, extracting and writing the documents (threads read while one writes)
 * @param writeMillis     consolidation and inference in the same transaction, the commit, and counting
 * @param buildPeakHeap   peak heap during the build, bytes
 * @param exportMillis    exporting the store as N-Quads
 * @param bulk            the bulk loader on the same quads
 * @param incrementalMillis a rebuild after one file changed
 * @param queries         each shipped query's latencies over HTTP
 * @param load            concurrent simple lookups over HTTP
 */
public record BenchReport(int programs, int files, int documents, long storePrograms, long quads, long buildMillis,
                          long readExtractMillis, long writeMillis, long buildPeakHeap, long exportMillis,
                          BulkLoad bulk, long incrementalMillis, List<QueryTimings.Timed> queries,
                          QueryTimings.Load load) {

    public double docsPerSecond() {
        return documents * 1000.0 / Math.max(1, buildMillis);
    }

    public double quadsPerSecond() {
        return quads * 1000.0 / Math.max(1, buildMillis);
    }

    public double bulkQuadsPerSecond() {
        return bulk.quads() * 1000.0 / Math.max(1, bulk.millis());
    }

    /** Our build's throughput over the bulk loader's, in quads per second. */
    public double ratio() {
        return quadsPerSecond() / Math.max(1e-9, bulkQuadsPerSecond());
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%,d programs, %,d files, %,d documents read; %,d programs and %,d quads in the store%n%n",
                programs, files, documents, storePrograms, quads));
        b.append("| measure | value |\n|---|---|\n");
        row(b, "build (files to committed store)", seconds(buildMillis));
        row(b, "  read + extract + write documents", seconds(readExtractMillis));
        row(b, "  consolidate + infer + commit + count", seconds(writeMillis));
        row(b, "documents per second", String.format(Locale.ROOT, "%,.0f", docsPerSecond()));
        row(b, "quads per second (build)", String.format(Locale.ROOT, "%,.0f", quadsPerSecond()));
        row(b, "peak heap during build", String.format(Locale.ROOT, "%,d MiB", buildPeakHeap >> 20));
        row(b, "export N-Quads", seconds(exportMillis));
        row(b, "TDB2 bulk loader, same quads", seconds(bulk.millis()) + String.format(Locale.ROOT, " (%,.0f quads/s)", bulkQuadsPerSecond()));
        row(b, "build / bulk loader throughput", String.format(Locale.ROOT, "%.2f×", ratio()));
        row(b, "rebuild after one file changed", seconds(incrementalMillis));
        row(b, "simple lookups, " + load.threads() + " clients over HTTP",
                String.format(Locale.ROOT, "%,.0f queries/s (p50 %.1f ms, p95 %.1f ms, p99 %.1f ms)",
                        load.perSecond(), load.latencies().p50(), load.latencies().p95(), load.latencies().p99()));
        b.append("\n| query (over HTTP) | rows | p50 ms | p95 ms | p99 ms | runs |\n|---|---:|---:|---:|---:|---:|\n");
        for (QueryTimings.Timed t : queries) {
            if (t.failed()) {
                b.append(String.format(Locale.ROOT, "| %s | | failed: %s | | | |%n", t.name(), t.failure().replace('|', '/')));
                continue;
            }
            b.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %d |%n", t.name(), t.rows(),
                    t.latencies().p50(), t.latencies().p95(), t.latencies().p99(), t.latencies().runs()));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String measure, String value) {
        b.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
