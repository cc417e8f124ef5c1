package org.exchangeatlas.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.FileBudget;
import org.exchangeatlas.source.SourceFiles;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.DocumentGraphs;
import org.exchangeatlas.store.StoreSize;

/**
 * The road from files to store, wired once:
 * <pre>
 * paths -> SourceFiles -> DocumentReader -> Extractor(s) -> NameResolver -> QuadMapper -> buffer
 *       -> one TDB2 write transaction (vocabulary graph + one graph per document, written by
 *          {@link DocumentGraphs}, then the {@link BuildStage}s in order: programs merged and
 *          revisions applied, the inferred graph recomputed from the document graphs)
 * </pre>
 * Which files are read at all is the {@link IncrementalPolicy}'s call; what the build came to is
 * counted in a {@link BuildTally}.
 * Files are read and extracted on several threads ({@link DocumentWork}, {@link OrderedWork}), a
 * few ahead of the one writer, which takes them in listing order and writes each in the open transaction as it comes
 * ({@link Landing}). A small document's quads are gathered apart, so a file that fails half way
 * adds nothing; a large one (a table of many rows) is extracted while the writer writes its quads
 * in bounded batches ({@link QuadBatches}), and removed again if it fails. Each file is read and
 * extracted within its {@link FileBudget}. All documents land in one transaction, so a failed,
 * stopped ({@link StopSignal}) or killed build leaves the store as it was.
 * Built by {@link #builder()} ({@link PipelineBuilder}); immutable; {@link #run} keeps its state in local objects.
 */
public final class Pipeline {
    private final DocumentReader reader;
    private final Extraction.Extractors extractors;
    private final Model vocabularyModel;
    private final IncrementalPolicy policy;
    private final List<BuildStage> stages;
    private final int streamAbove;
    private final SourceFiles sourceFiles;
    private final int threads;

    Pipeline(PipelineBuilder b) {
        this.reader = b.reader;
        this.extractors = new Extraction.Extractors(b.extractors, b.matcher, b.languages, b.extractorVersion);
        this.vocabularyModel = b.vocabularyModel;
        this.policy = new IncrementalPolicy(b.reader, b.vocabularyModel);
        this.stages = List.copyOf(b.stages);
        this.streamAbove = b.streamAbove;
        this.sourceFiles = b.sourceFiles;
        this.threads = b.threads;
    }

    /** Text length (characters) above which a document's quads are streamed: a table of a few thousand rows. */
    public static final int DEFAULT_STREAM_ABOVE = 1 << 20;

    public static PipelineBuilder builder() {
        return new PipelineBuilder();
    }

    /** Reads {@code paths} and writes what they state into {@code store}. */
    public BuildSummary run(List<Path> paths, AtlasStore store, BuildListener listener) {
        return run(paths, store, listener, BuildOptions.DEFAULTS);
    }

    /** The same with options, and no way to stop it but killing the process. */
    public BuildSummary run(List<Path> paths, AtlasStore store, BuildListener listener, BuildOptions options) {
        return run(paths, store, listener, options, new StopSignal());
    }

    /**
     * Reads {@code paths} into {@code store}: only the files that are new or changed since the
     * store last read them (unless the vocabularies changed or {@code options.reread()}), and,
     * with {@code options.prune()}, removes the documents whose files are no longer among them.
     * When {@code stop} is raised, the build throws {@link BuildStoppedException} and nothing
     * of it is committed; likewise, throwing {@link BuildFailedException}, when
     * {@code options.problems()} ends it at an error ({@code --strict}).
     */
    public BuildSummary run(List<Path> paths, AtlasStore store, BuildListener listener, BuildOptions options,
                            StopSignal stop) {
        long t0 = System.nanoTime();
        BuildTally tally = new BuildTally();
        SourceFiles.Listing listing = sourceFiles.expand(paths);
        listing.missing().forEach(m -> {
            Skipped s = new Skipped(m.sourcePath(), m.reason());
            tally.skipped(s);
            listener.skipped(s);
            options.problems().handle(s);
        });
        tally.filesFound(listing.files().size());
        listener.started(listing.files().size());
        IncrementalPolicy.Plan plan = policy.plan(listing, store, options);
        List<Landing.Step> toRead = plan.steps().stream().filter(Landing.Step::toRead).toList();
        DocumentWork work = new DocumentWork(reader, extractors, streamAbove, options.budget());
        try (OrderedWork<Landing.Step, Landing.Outcome> reads = new OrderedWork<>(toRead, work::readAndExtract, threads)) {
            // Documents are written as they come, while the threads read ahead: one transaction for all.
            store.write(dsg -> {
                DocumentGraphs graphs = new DocumentGraphs(dsg);
                Landing landing = new Landing(graphs, tally, listener, extractors, options.budget(), options.problems(), stop);
                if (!plan.sameVocabulary()) {
                    graphs.replaceVocabulary(vocabularyModel, plan.digest()); // unchanged vocabularies stay as they are
                }
                for (Landing.Step step : plan.steps()) {
                    stop.check();
                    landing.land(step, step.toRead() ? reads.next() : null);
                    listener.fileDone(step.file().sourcePath());
                }
                listener.writing();
                plan.pruned().forEach(graphs::remove);
                tally.pruned(plan.pruned().size());
                for (BuildStage stage : stages) {
                    stop.check();
                    stage.apply(dsg, tally, stop);
                }
                stop.check();
            });
        }
        tally.storeSize(store.read(() -> StoreSize.of(store.datasetGraph())));
        return tally.summary(Duration.ofNanos(System.nanoTime() - t0));
    }
}
