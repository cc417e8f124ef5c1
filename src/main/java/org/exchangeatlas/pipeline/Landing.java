package org.exchangeatlas.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.FileBudget;
import org.exchangeatlas.source.SourceFiles;
import org.exchangeatlas.store.DocumentGraphs;
import org.exchangeatlas.store.FileStamps;

/**
 * The writer's side of a build: takes each listed file's outcome in listing order (so the first
 * of two identical files is the one kept) and writes it in the open transaction, counting what
 * the files came to. A small document arrives extracted, its quads gathered; a large one arrives
 * read only, and is extracted here, its quads streamed into the store in batches
 * ({@link QuadBatches}). Either way a document that fails adds nothing, and an earlier version of
 * its file stays: a streamed one that fails half way (past its time) has its graph removed again
 * (and with it the same bytes read by an earlier build, which the next build reads again).
 */
final class Landing {
    /**
     * One listed file: to be read ({@code stamp} set), unchanged since the store read it
     * ({@code unchanged} set), not a source at all (neither), or unreadable ({@code failure}).
     */
    record Step(SourceFiles.SourceFile file, FileStamps.Stamp stamp, FileStamps.Stored unchanged, String failure) {
        boolean toRead() {
            return failure == null && stamp != null && unchanged == null;
        }
    }

    /**
     * A file read, and extracted unless it is to be streamed ({@code extraction} null, {@code quads}
     * null), or the reason it could not be.
     *
     * @param readTime how long reading took, which a streamed extraction's time limit counts in
     */
    record Outcome(Document document, Extraction extraction, List<Quad> quads, java.time.Duration readTime,
                   String failure) {
        static Outcome failed(String reason) {
            return new Outcome(null, null, null, null, reason);
        }

        boolean streamed() {
            return failure == null && extraction == null;
        }
    }

    private final Map<String, String> seen = new HashMap<>();
    private final DocumentGraphs graphs;
    private final BuildTally tally;
    private final BuildListener listener;
    private final Extraction.Extractors extractors;
    private final FileBudget budget;
    private final ProblemHandler problems;
    private final StopSignal stop;

    Landing(DocumentGraphs graphs, BuildTally tally, BuildListener listener, Extraction.Extractors extractors,
            FileBudget budget, ProblemHandler problems, StopSignal stop) {
        this.graphs = graphs;
        this.tally = tally;
        this.listener = listener;
        this.extractors = extractors;
        this.budget = budget;
        this.problems = problems;
        this.stop = stop;
    }

    /** Writes one file's outcome ({@code read} null when the file was not to be read). */
    void land(Step step, Outcome read) {
        String path = step.file().sourcePath();
        String failure = step.failure() != null ? step.failure() : read == null ? null : read.failure();
        if (failure != null) {
            skip(path, failure);
        } else if (step.unchanged() != null) {
            tally.unchanged();
            seen.putIfAbsent(Iris.documentSha(step.unchanged().graph().getURI()), path);
        } else if (read == null) {
            tally.ignored(path);
        } else if (seen.putIfAbsent(read.document().sha256(), path) != null) {
            tally.duplicate();
        } else if (read.streamed()) {
            stream(step, read);
        } else {
            graphs.replace(read.document(), read.quads());
            landed(step, read.document(), read.extraction());
        }
    }

    /** Extracts a large document here, its quads written batch by batch as they come. */
    private void stream(Step step, Outcome read) {
        Document doc = read.document();
        graphs.clear(doc);
        FileBudget.Allowance allowance = budget.startAfter(read.readTime());
        Extraction x;
        try {
            x = QuadBatches.stream(out -> Extraction.run(doc, extractors, out, allowance, idleTime()),
                    graphs::add, stop);
        } catch (UnreadableDocumentException e) {
            graphs.clear(doc);
            seen.remove(doc.sha256());
            skip(step.file().sourcePath(), e.getMessage());
            return;
        }
        graphs.removeEarlierVersions(doc);
        landed(step, doc, x);
    }

    /**
     * On the thread that calls it first, the time from then on that the thread did not work:
     * waiting for the writer to take its quads, or for a core on a busy machine. A streamed
     * document's time limit counts only the time its extraction works.
     */
    private static LongSupplier idleTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            return () -> 0;
        }
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        return () -> (System.nanoTime() - wall0) - (threads.getCurrentThreadCpuTime() - cpu0);
    }

    private void landed(Step step, Document doc, Extraction x) {
        tally.landed(x.programs, x.minted);
        IntFunction<Skipped.Position> places = x.problems.isEmpty() ? null : Skipped.Position.in(doc.text());
        for (Problem p : x.problems) {
            Skipped s = new Skipped(doc.sourcePath(), p.message(), p.severity(),
                    p.span() == null ? null : places.apply(p.span().start()));
            tally.notUnderstood(s);
            problems.handle(s);
        }
        graphs.stamp(doc, step.stamp());
    }

    private void skip(String path, String reason) {
        Skipped s = new Skipped(path, reason);
        tally.skipped(s);
        listener.skipped(s);
        problems.handle(s);
    }
}
