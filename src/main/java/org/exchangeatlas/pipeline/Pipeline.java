package org.exchangeatlas.pipeline;

import static org.exchangeatlas.model.AtlasTerms.VOCABULARY_GRAPH;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.consolidate.Consolidation;
import org.exchangeatlas.consolidate.ConsolidationReport;
import org.exchangeatlas.consolidate.ProgramMatcher;
import org.exchangeatlas.extract.Extractor;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.graph.QuadBuffer;
import org.exchangeatlas.infer.Inference;
import org.exchangeatlas.infer.InferenceReport;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.FileBudget;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.SourceFiles;
import org.exchangeatlas.source.UnreadableFileException;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.FileStamps;
import org.exchangeatlas.store.StoreSize;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The road from files to store, wired once:
 * <pre>
 * paths -> SourceFiles -> DocumentReader -> Extractor(s) -> NameResolver -> QuadMapper -> buffer
 *       -> one TDB2 write transaction (vocabulary graph + one graph per document,
 *          then programs merged and revisions applied by {@link Consolidation},
 *          then the inferred graph recomputed from the document graphs by {@link Inference})
 * </pre>
 * Files are read and extracted on several threads ({@link OrderedWork}), a few ahead of the one
 * writer, which takes them in listing order and writes each in the open transaction as it comes
 * ({@link Landing}). A small document's quads are gathered apart, so a file that fails half way
 * adds nothing; a large one (a table of many rows) is extracted while the writer writes its quads
 * in bounded batches ({@link QuadBatches}), and removed again if it fails. Each file is read and
 * extracted within its {@link FileBudget}. All documents land in one transaction, so a failed,
 * stopped ({@link StopSignal}) or killed build leaves the store as it was.
 * Built by {@link #builder()}; immutable; {@link #run} keeps its state in local objects.
 */
public final class Pipeline {
    private final DocumentReader reader;
    private final Extraction.Extractors extractors;
    private final Model vocabularyModel;
    private final Inference inference;
    private final int streamAbove;
    private final SourceFiles sourceFiles;
    private final Consolidation consolidation = new Consolidation(new ProgramMatcher());
    private final int threads;

    private Pipeline(Builder b) {
        this.reader = b.reader;
        this.extractors = new Extraction.Extractors(List.copyOf(b.extractors), new ArrayList<>(b.extractorRules), b.matcher,
                b.languages, b.extractorVersion);
        this.vocabularyModel = b.vocabularyModel;
        this.inference = b.inference;
        this.streamAbove = b.streamAbove;
        this.sourceFiles = b.sourceFiles;
        this.threads = b.threads;
    }

    /** Text length (characters) above which a document's quads are streamed: a table of a few thousand rows. */
    public static final int DEFAULT_STREAM_ABOVE = 1 << 20;

    public static Builder builder() {
        return new Builder();
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
        String vocabularyDigest = VocabularyDigest.of(vocabularyModel);
        boolean sameVocabulary = store.read(() -> VocabularyDigest.stored(store.datasetGraph()))
                .map(vocabularyDigest::equals).orElse(false);
        Map<String, FileStamps.Stored> stored = store.read(() -> FileStamps.read(store.datasetGraph()));
        boolean trustStore = sameVocabulary && !options.reread();
        SourceFiles.Listing listing = sourceFiles.expand(paths);
        List<Skipped> skipped = new ArrayList<>();
        listing.missing().forEach(m -> {
            Skipped s = new Skipped(m.sourcePath(), m.reason());
            skipped.add(s);
            listener.skipped(s);
            options.problems().handle(s);
        });
        listener.started(listing.files().size());
        List<Landing.Step> steps = steps(listing, stored, trustStore);
        List<Node> pruned = new ArrayList<>();
        if (options.prune()) {
            java.util.Set<String> listed = new java.util.HashSet<>();
            listing.files().forEach(f -> listed.add(f.sourcePath()));
            stored.forEach((path, doc) -> {
                if (!listed.contains(path)) {
                    pruned.add(doc.graph());
                }
            });
        }

        Landing[] landing = {null};
        InferenceReport[] inferred = {InferenceReport.NONE};
        ConsolidationReport[] consolidated = {ConsolidationReport.NONE};
        List<Landing.Step> toRead = steps.stream().filter(Landing.Step::toRead).toList();
        try (OrderedWork<Landing.Step, Landing.Outcome> reads = new OrderedWork<>(toRead,
                step -> readAndExtract(step, options.budget()), threads)) {
            // Documents are written as they come, while the threads read ahead: one transaction for all.
            store.write(dsg -> {
                Landing l = new Landing(dsg, listener, extractors, options.budget(), options.problems(), stop);
                landing[0] = l;
                if (!sameVocabulary) {
                    replaceVocabulary(dsg); // unchanged vocabularies stay as they are: no rewrite
                }
                for (Landing.Step step : steps) {
                    stop.check();
                    l.land(step, step.toRead() ? reads.next() : null);
                    listener.fileDone(step.file().sourcePath());
                }
                listener.writing();
                for (Node gone : pruned) {
                    dsg.deleteAny(gone, Node.ANY, Node.ANY, Node.ANY);
                }
                VocabularyDigest.store(dsg, vocabularyDigest);
                stop.check();
                consolidated[0] = consolidation.recompute(dsg, stop::check);
                stop.check();
                inferred[0] = inference.recompute(dsg);
                stop.check();
            });
        }
        Landing l = landing[0];
        skipped.addAll(l.skipped);
        StoreSize counts = store.read(() -> StoreSize.of(store.datasetGraph()));
        return new BuildSummary(listing.files().size(), l.landed, l.duplicates, skipped, l.ignored,
                l.programs, l.minted.size(), l.notUnderstood, counts.programs(), counts.triples(),
                Duration.ofNanos(System.nanoTime() - t0), inferred[0], l.unchanged, pruned.size(), consolidated[0]);
    }

    /** In listing order: which files are unchanged, ignored or unreadable at once, and which to read. */
    private List<Landing.Step> steps(SourceFiles.Listing listing, Map<String, FileStamps.Stored> stored, boolean trustStore) {
        List<Landing.Step> steps = new ArrayList<>();
        for (SourceFiles.SourceFile file : listing.files()) {
            try {
                if (!reader.accepts(file.path())) {
                    if (!file.named()) {
                        steps.add(new Landing.Step(file, null, null, null));
                        continue;
                    }
                    throw new UnreadableFileException("unsupported file type (reads " + reader.extensions() + ")");
                }
                FileStamps.Stamp stamp = SourceStamps.withCompanions(reader, file.path());
                FileStamps.Stored before = stored.get(file.sourcePath());
                boolean same = trustStore && before != null && before.stamp().equals(stamp);
                steps.add(new Landing.Step(file, stamp, same ? before : null, null));
            } catch (UnreadableFileException e) {
                steps.add(new Landing.Step(file, null, null, e.getMessage()));
            }
        }
        return steps;
    }

    /**
     * Reads a file within its budget and, unless its text is over {@link Builder#streamAbove},
     * extracts it, its quads gathered; a larger document is left to the writer to extract and
     * stream ({@link Landing}).
     */
    private Landing.Outcome readAndExtract(Landing.Step step, FileBudget budget) {
        SourceFiles.SourceFile file = step.file();
        try {
            long t0 = System.nanoTime();
            FileBudget.Allowance allowance = budget.start();
            Document doc = reader.read(file.path(), file.sourcePath(), allowance);
            if (doc.text().length() > streamAbove) {
                return new Landing.Outcome(doc, null, null, Duration.ofNanos(System.nanoTime() - t0), null);
            }
            QuadBuffer buffer = new QuadBuffer();
            Extraction x = Extraction.run(doc, extractors, buffer, allowance);
            return new Landing.Outcome(doc, x, buffer.quads(), null, null);
        } catch (UnreadableFileException | UnreadableDocumentException e) {
            return Landing.Outcome.failed(e.getMessage());
        } catch (RuntimeException e) {
            return Landing.Outcome.failed("extraction failed: " + e);
        }
    }

    private void replaceVocabulary(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(VOCABULARY_GRAPH);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        for (Triple t : vocabularyModel.getGraph().find().toList()) {
            dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** Checks inputs, fills defaults, returns an immutable {@link Pipeline}. */
    public static final class Builder {
        private DocumentReader reader;
        private final List<Extractor> extractors = new ArrayList<>();
        private final List<ExtractorRules> extractorRules = new ArrayList<>();
        private String extractorVersion;
        private Model vocabularyModel;
        private DictionaryMatcher matcher;
        private LanguageGuesser languages;
        private Inference inference;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int streamAbove = DEFAULT_STREAM_ABOVE;
        private SourceFiles sourceFiles = new SourceFiles();

        /** How the given paths become files (default: the file system as it is); a test may make a folder fail. */
        public Builder sourceFiles(SourceFiles sourceFiles) {
            this.sourceFiles = Objects.requireNonNull(sourceFiles);
            return this;
        }

        /**
         * Documents whose text is longer than {@code chars} are extracted by the writer, their
         * quads streamed into the store in batches rather than gathered (default
         * {@value #DEFAULT_STREAM_ABOVE}); 0 streams every document.
         */
        public Builder streamAbove(int chars) {
            if (chars < 0) {
                throw new IllegalArgumentException("streamAbove must be at least 0: " + chars);
            }
            this.streamAbove = chars;
            return this;
        }

        /** How many threads read and extract files (default: one a processor); the store is written by one. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The inference step run after the documents are written (default: the vocabulary's
         * memberships with {@link InferenceSettings#DEFAULTS}).
         */
        public Builder inference(Inference inference) {
            this.inference = inference;
            return this;
        }

        /** The guesser of passages' languages (default: a new one). */
        public Builder languages(LanguageGuesser languages) {
            this.languages = languages;
            return this;
        }

        public Builder reader(DocumentReader reader) {
            this.reader = reader;
            return this;
        }

        /** An extractor whose facts keep the rules it names (none stamped). */
        public Builder extractor(Extractor extractor) {
            extractors.add(Objects.requireNonNull(extractor));
            extractorRules.add(null);
            return this;
        }

        /** An extractor, and the rules its facts are stamped with where it names none. */
        public Builder extractor(Extractor extractor, ExtractorRules rules) {
            extractors.add(Objects.requireNonNull(extractor));
            extractorRules.add(Objects.requireNonNull(rules));
            return this;
        }

        /** The version of the extractors, written on every document read ({@code atlas:extractorVersion}; default: none). */
        public Builder extractorVersion(String version) {
            this.extractorVersion = version;
            return this;
        }

        /** The vocabulary graph's content and the matcher built from it. */
        public Builder vocabulary(Model model, DictionaryMatcher matcher) {
            this.vocabularyModel = model;
            this.matcher = matcher;
            return this;
        }

        public Pipeline build() {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(vocabularyModel, "vocabulary");
            if (languages == null) {
                languages = new LanguageGuesser();
            }
            if (inference == null) {
                inference = new Inference(Vocabulary.from(vocabularyModel), InferenceSettings.DEFAULTS);
            }
            if (extractors.isEmpty()) {
                throw new IllegalStateException("a pipeline needs at least one extractor");
            }
            return new Pipeline(this);
        }
    }
}
