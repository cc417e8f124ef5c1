package org.exchangeatlas.pipeline;

import static org.exchangeatlas.model.AtlasTerms.SOURCE_PATH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.FileBudget;
import org.exchangeatlas.source.SourceFiles;
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

    final Map<String, String> seen = new HashMap<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<Skipped> notUnderstood = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    final Set<String> minted = new HashSet<>();
    int landed;
    int duplicates;
    int programs;
    int unchanged;

    private final DatasetGraph dsg;
    private final BuildListener listener;
    private final Extraction.Extractors extractors;
    private final FileBudget budget;
    private final ProblemHandler problems;
    private final StopSignal stop;

    Landing(DatasetGraph dsg, BuildListener listener, Extraction.Extractors extractors, FileBudget budget,
            ProblemHandler problems, StopSignal stop) {
        this.dsg = dsg;
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
            unchanged++;
            seen.putIfAbsent(Iris.documentSha(step.unchanged().graph().getURI()), path);
        } else if (read == null) {
            ignored.add(path);
        } else if (seen.putIfAbsent(read.document().sha256(), path) != null) {
            duplicates++;
        } else if (read.streamed()) {
            stream(step, read);
        } else {
            Node graph = graphOf(read.document());
            removeEarlierVersions(read.document());
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            read.quads().forEach(dsg::add);
            landed(step, read.document(), read.extraction());
        }
    }

    /** Extracts a large document here, its quads written batch by batch as they come. */
    private void stream(Step step, Outcome read) {
        Document doc = read.document();
        Node graph = graphOf(doc);
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        FileBudget.Allowance allowance = budget.startAfter(read.readTime());
        Extraction x;
        try {
            x = QuadBatches.stream(out -> Extraction.run(doc, extractors, out, allowance, idleTime()),
                    batch -> batch.forEach(dsg::add), stop);
        } catch (UnreadableDocumentException e) {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            seen.remove(doc.sha256());
            skip(step.file().sourcePath(), e.getMessage());
            return;
        }
        removeEarlierVersions(doc);
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
        landed++;
        programs += x.programs;
        minted.addAll(x.minted);
        IntFunction<Skipped.Position> places = x.problems.isEmpty() ? null : Skipped.Position.in(doc.text());
        for (Problem p : x.problems) {
            Skipped s = new Skipped(doc.sourcePath(), p.message(), p.severity(),
                    p.span() == null ? null : places.apply(p.span().start()));
            notUnderstood.add(s);
            problems.handle(s);
        }
        FileStamps.write(dsg, graphOf(doc), step.stamp());
    }

    private void skip(String path, String reason) {
        Skipped s = new Skipped(path, reason);
        skipped.add(s);
        listener.skipped(s);
        problems.handle(s);
    }

    private static Node graphOf(Document doc) {
        return NodeFactory.createURI(Iris.document(doc.sha256()));
    }

    /** A file that changed since the last build: its old graph goes, the new one comes. */
    private void removeEarlierVersions(Document doc) {
        Node path = NodeFactory.createLiteralString(doc.sourcePath());
        Node sourcePath = NodeFactory.createURI(SOURCE_PATH);
        Node current = graphOf(doc);
        List<Node> old = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, sourcePath, path).forEachRemaining(q -> {
            if (!q.getGraph().equals(current)) {
                old.add(q.getGraph());
            }
        });
        old.forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
    }

}
