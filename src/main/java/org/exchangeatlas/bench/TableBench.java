package org.exchangeatlas.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.generate.TableGenerator;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The large-table benchmark: one generated table of coded records ({@link TableGenerator}) built
 * by the {@code atlas} launcher in a process of its own, with the heap the user would give it
 * ({@code JAVA_OPTS=-Xmx2g}), so that what is measured is the command as shipped:
 * <pre>
 * generate programs.csv + mapping -> atlas build (child process, JAVA_OPTS=-XmxH -Xlog:gc)
 *   -> wall time, exit code, peak heap (largest heap before a collection, from the GC log),
 *      peak resident memory (VmHWM, which counts the store's memory-mapped pages too)
 * </pre>
 */
public final class TableBench {
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /**
     * @param rows     rows of the table
     * @param seed     the generator's seed
     * @param workDir  where the table, the store and the logs go
     * @param launcher the {@code atlas} launcher script
     * @param heap     the child's maximum heap ({@code -Xmx} value, e.g. {@code 2g})
     */
    public record Settings(int rows, long seed, Path workDir, Path launcher, String heap) {}

    /** What the run measured. */
    public record Report(int rows, long tableBytes, long millis, int exit, long peakHeapMiB, long peakRssMiB,
                         long storeBytes, List<String> summary) {
        public String markdown() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "table of %,d rows (%,d bytes), built by the launcher%n%n", rows, tableBytes));
            b.append("| measure | value |\n|---|---|\n");
            b.append(String.format(Locale.ROOT, "| build exit code | %d |%n", exit));
            b.append(String.format(Locale.ROOT, "| build (process start to end) | %.1f s |%n", millis / 1000.0));
            b.append(String.format(Locale.ROOT, "| rows per second | %,.0f |%n", rows * 1000.0 / Math.max(1, millis)));
            b.append(String.format(Locale.ROOT, "| peak heap (before a collection, GC log) | %,d MiB |%n", peakHeapMiB));
            b.append(String.format(Locale.ROOT, "| peak resident memory (VmHWM, store pages included) | %,d MiB |%n", peakRssMiB));
            b.append(String.format(Locale.ROOT, "| store on disk | %,d MiB |%n", storeBytes >> 20));
            for (String line : summary) {
                b.append("| ").append(line.strip().replaceAll("\\s{2,}", " | ")).append(" |\n");
            }
            return b.toString();
        }
    }

    private final Vocabulary vocabulary;

    public TableBench(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Report run(Settings s, PrintStream progress) throws IOException, InterruptedException {
        Path tableDir = s.workDir().resolve("table");
        Path store = s.workDir().resolve("table-store");
        Path gcLog = s.workDir().resolve("table-gc.log");
        progress.println("bench: writing a table of " + s.rows() + " rows in " + tableDir);
        TableGenerator.Written table = new TableGenerator(vocabulary).write(s.rows(), s.seed(), tableDir);
        Path out = s.workDir().resolve("table-build.out");
        Path err = s.workDir().resolve("table-build.err");
        // the per-file budget is lifted: the bench measures what a table of this size costs, not the budget
        ProcessBuilder pb = new ProcessBuilder(s.launcher().toString(), "build", org.exchangeatlas.source.FileBudget.TIME_OPTION, "86400",
                "--store", store.toString(), tableDir.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA_OPTS", "-Xmx" + s.heap() + " -Xlog:gc:file=" + gcLog);
        progress.println("bench: JAVA_OPTS='" + pb.environment().get("JAVA_OPTS") + "' " + String.join(" ", pb.command()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peakRss = 0;
        while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, highWaterMark(p.pid()));
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        List<String> summary = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(l -> l.matches("\\s+(documents read|programs|triples in store|not understood|skipped files) .*")).toList();
        Files.readAllLines(err, StandardCharsets.UTF_8).forEach(l -> progress.println("bench: build: " + l));
        return new Report(s.rows(), table.bytes(), millis, p.exitValue(), peakHeap(gcLog), peakRss >> 10,
                sizeOf(store), summary);
    }

    /** The largest heap in use before a collection, in MiB, from a {@code -Xlog:gc} file. */
    static long peakHeap(Path gcLog) throws IOException {
        long peak = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
                Matcher m = GC_HEAP.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
            }
        }
        return peak;
    }

    /** A process's peak resident set in KiB (Linux), or 0 when it cannot be read. */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has ended, or this is no Linux
        }
        return 0;
    }

    private static long sizeOf(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
