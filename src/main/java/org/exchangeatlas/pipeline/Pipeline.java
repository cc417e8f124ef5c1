package org.exchangeatlas.pipeline;

import static org.exchangeatlas.model.AtlasTerms.SOURCE_PATH;
import static org.exchangeatlas.model.AtlasTerms.VOCABULARY_GRAPH;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.exchangeatlas.graph.Iris;
import org.exchangeatlas.infer.Inference;
import org.exchangeatlas.infer.InferenceReport;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.DocumentReader;
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
 * paths -> SourceFiles -> DocumentReader -> DocumentExtraction (extractors -> RuleStamp -> NameResolver
 *       -> QuadMapper -> buffer)
 *       -> one TDB2 write transaction (vocabulary graph + one graph per document,
 *          then programs merged and revisions applied by {@link Consolidation},
 *          then the inferred graph recomputed from the document graphs by {@link Inference})
 * </pre>
 * Files are read and extracted on several threads ({@link OrderedWork}), a few ahead of the one
 * writer, which takes them in listing order and writes each in the open transaction as it comes.
 * Each document's quads are gathered apart, so a file that fails half way adds nothing; all
 * documents land in one transaction, so a failed or killed build leaves the store as it was.
 * Built by {@link #builder()}; immutable; {@link #run} keeps its state in local objects.
 */
public final class Pipeline {
    private final DocumentReader reader;
    private final DocumentExtraction extraction;
    private final Model vocabularyModel;
    private final Inference inference;
    private final Consolidation consolidation = new Consolidation(new ProgramMatcher());
    private final int threads;

    private Pipeline(Builder b) {
        this.reader = b.reader;
        this.extraction = new DocumentExtraction(b.extractors, b.extractorRules, b.matcher, b.languages,
                b.extractorVersion);
        this.vocabularyModel = b.vocabularyModel;
        this.inference = b.inference;
        this.threads = b.threads;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads {@code paths} and writes what they state into {@code store}. */
    public BuildSummary run(List<Path> paths, AtlasStore store, BuildListener listener) {
        return run(paths, store, listener, BuildOptions.DEFAULTS);
    }

    /**
     * Reads {@code paths} into {@code store}: only the files that are new or changed since the
     * store last read them (unless the vocabularies changed or {@code options.reread()}), and,
     * with {@code options.prune()}, removes the documents whose files are no longer among them.
     */
    public BuildSummary run(List<Path> paths, AtlasStore store, BuildListener listener, BuildOptions options) {
        long t0 = System.nanoTime();
        String vocabularyDigest = VocabularyDigest.of(vocabularyModel);
        boolean sameVocabulary = store.read(() -> VocabularyDigest.stored(store.datasetGraph()))
                .map(vocabularyDigest::equals).orElse(false);
        Map<String, FileStamps.Stored> stored = store.read(() -> FileStamps.read(store.datasetGraph()));
        boolean trustStore = sameVocabulary && !options.reread();
        SourceFiles.Listing listing = new SourceFiles().expand(paths);
        List<Skipped> skipped = new ArrayList<>();
        listing.missing().forEach(m -> {
            Skipped s = new Skipped(m.sourcePath(), m.reason());
            skipped.add(s);
            listener.skipped(s);
        });
        listener.started(listing.files().size());

        // In listing order: which files are unchanged, ignored or unreadable at once, and which to read.
        List<Step> steps = new ArrayList<>();
        for (SourceFiles.SourceFile file : listing.files()) {
            try {
                if (!reader.accepts(file.path())) {
                    if (!file.named()) {
                        steps.add(new Step(file, null, null, null));
                        continue;
                    }
                    throw new UnreadableFileException("unsupported file type (reads " + reader.extensions() + ")");
                }
                FileStamps.Stamp stamp = SourceStamps.withCompanions(reader, file.path());
                FileStamps.Stored before = stored.get(file.sourcePath());
                boolean same = trustStore && before != null && before.stamp().equals(stamp);
                steps.add(new Step(file, stamp, same ? before : null, null));
            } catch (UnreadableFileException e) {
                steps.add(new Step(file, null, null, e.getMessage()));
            }
        }
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

        Tally tally = new Tally();
        InferenceReport[] inferred = {InferenceReport.NONE};
        ConsolidationReport[] consolidated = {ConsolidationReport.NONE};
        List<Step> toRead = steps.stream().filter(Step::toRead).toList();
        try (OrderedWork<Step, Outcome> reads = new OrderedWork<>(toRead, this::readAndExtract, threads)) {
            // Documents are written as they come, while the threads read ahead: one transaction for all.
            store.write(dsg -> {
                if (!sameVocabulary) {
                    replaceVocabulary(dsg); // unchanged vocabularies stay as they are: no rewrite
                }
                for (Step step : steps) {
                    land(step, step.toRead() ? reads.next() : null, dsg, tally, listener);
                    listener.fileDone(step.file().sourcePath());
                }
                listener.writing();
                for (Node gone : pruned) {
                    dsg.deleteAny(gone, Node.ANY, Node.ANY, Node.ANY);
                }
                VocabularyDigest.store(dsg, vocabularyDigest);
                consolidated[0] = consolidation.recompute(dsg);
                inferred[0] = inference.recompute(dsg);
            });
        }
        skipped.addAll(tally.skipped);
        StoreSize counts = store.read(() -> StoreSize.of(store.datasetGraph()));
        return new BuildSummary(listing.files().size(), tally.landed, tally.duplicates, skipped, tally.ignored,
                tally.programs, tally.minted.size(), tally.notUnderstood, counts.programs(), counts.triples(),
                Duration.ofNanos(System.nanoTime() - t0), inferred[0], tally.unchanged, pruned.size(), consolidated[0]);
    }

    /**
     * One listed file: to be read ({@code stamp} set), unchanged since the store read it
     * ({@code unchanged} set), not a source at all (neither), or unreadable ({@code failure}).
     */
    private record Step(SourceFiles.SourceFile file, FileStamps.Stamp stamp, FileStamps.Stored unchanged,
                        String failure) {
        boolean toRead() {
            return failure == null && stamp != null && unchanged == null;
        }
    }

    /** A file read and extracted, or the reason it could not be. */
    private record Outcome(Document document, DocumentExtraction.Result extraction, String failure) {}

    /** What the files came to, counted as they land. */
    private static final class Tally {
        final Map<String, String> seen = new HashMap<>();
        final List<Skipped> skipped = new ArrayList<>();
        final List<Skipped> notUnderstood = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();
        final java.util.Set<String> minted = new java.util.HashSet<>();
        int landed;
        int duplicates;
        int programs;
        int unchanged;
    }

    private Outcome readAndExtract(Step step) {
        SourceFiles.SourceFile file = step.file();
        try {
            Document doc = reader.read(file.path(), file.sourcePath());
            return new Outcome(doc, extraction.extract(doc), null);
        } catch (UnreadableFileException | UnreadableDocumentException e) {
            return new Outcome(null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(null, null, "extraction failed: " + e);
        }
    }

    /** Writes one file's outcome, in listing order, so the first of two identical files is the one kept. */
    private static void land(Step step, Outcome read, DatasetGraph dsg, Tally tally, BuildListener listener) {
        String path = step.file().sourcePath();
        String failure = step.failure() != null ? step.failure() : read == null ? null : read.failure();
        if (failure != null) {
            Skipped s = new Skipped(path, failure);
            tally.skipped.add(s);
            listener.skipped(s);
        } else if (step.unchanged() != null) {
            tally.unchanged++;
            tally.seen.putIfAbsent(step.unchanged().graph().getURI().substring(DOCUMENT_IRI_PREFIX.length()), path);
        } else if (read == null) {
            tally.ignored.add(path);
        } else if (tally.seen.putIfAbsent(read.document().sha256(), path) != null) {
            tally.duplicates++;
        } else {
            Document doc = read.document();
            DocumentExtraction.Result x = read.extraction();
            tally.landed++;
            tally.programs += x.programs;
            tally.minted.addAll(x.minted);
            x.problems.forEach(p -> tally.notUnderstood.add(new Skipped(doc.sourcePath()
                    + (p.span() == null ? "" : " @" + p.span().start()), p.message())));
            Node graph = NodeFactory.createURI(Iris.document(doc.sha256()));
            removeEarlierVersions(dsg, doc);
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            x.quads.forEach(dsg::add);
            FileStamps.write(dsg, graph, step.stamp());
        }
    }

    private static final String DOCUMENT_IRI_PREFIX = Iris.document("");

    private void replaceVocabulary(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(VOCABULARY_GRAPH);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        for (Triple t : vocabularyModel.getGraph().find().toList()) {
            dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** A file that changed since the last build: its old graph goes, the new one comes. */
    private static void removeEarlierVersions(DatasetGraph dsg, Document doc) {
        Node path = NodeFactory.createLiteralString(doc.sourcePath());
        Node sourcePath = NodeFactory.createURI(SOURCE_PATH);
        Node current = NodeFactory.createURI(Iris.document(doc.sha256()));
        List<Node> old = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, sourcePath, path).forEachRemaining(q -> {
            if (!q.getGraph().equals(current)) {
                old.add(q.getGraph());
            }
        });
        old.forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
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

        /** An extractor whose claims name only the rules it gives itself. */
        public Builder extractor(Extractor extractor) {
            extractors.add(Objects.requireNonNull(extractor));
            extractorRules.add(null);
            return this;
        }

        /** An extractor whose facts and titles without a rule are stamped with {@code rules}. */
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
