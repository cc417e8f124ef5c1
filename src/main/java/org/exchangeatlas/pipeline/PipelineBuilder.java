package org.exchangeatlas.pipeline;

import static org.exchangeatlas.pipeline.Pipeline.DEFAULT_STREAM_ABOVE;

import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.exchangeatlas.extract.DocumentKind;
import org.exchangeatlas.extract.Extractor;
import org.exchangeatlas.extract.ExtractorRegistry;
import org.exchangeatlas.infer.Inference;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.SourceFiles;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Gathers what a {@link Pipeline} is made of (the reader, the extractors with their rules, the
 * vocabulary, the stages after reading, the threads), checks it, fills defaults and returns an
 * immutable pipeline, as RIOT's {@code RDFParserBuilder} returns a parser.
 */
public final class PipelineBuilder {
    DocumentReader reader;
    ExtractorRegistry extractors = ExtractorRegistry.empty();
    String extractorVersion;
    Model vocabularyModel;
    DictionaryMatcher matcher;
    LanguageGuesser languages;
    List<BuildStage> stages;
    int threads = Runtime.getRuntime().availableProcessors();
    int streamAbove = DEFAULT_STREAM_ABOVE;
    SourceFiles sourceFiles = new SourceFiles();

    /** How the given paths become files (default: the file system as it is); a test may make a folder fail. */
    public PipelineBuilder sourceFiles(SourceFiles sourceFiles) {
        this.sourceFiles = Objects.requireNonNull(sourceFiles);
        return this;
    }

    /**
     * Documents whose text is longer than {@code chars} are extracted by the writer, their
     * quads streamed into the store in batches rather than gathered (default
     * {@value Pipeline#DEFAULT_STREAM_ABOVE}); 0 streams every document.
     */
    public PipelineBuilder streamAbove(int chars) {
        if (chars < 0) {
            throw new IllegalArgumentException("streamAbove must be at least 0: " + chars);
        }
        this.streamAbove = chars;
        return this;
    }

    /** How many threads read and extract files (default: one a processor); the store is written by one. */
    public PipelineBuilder threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        return this;
    }

    /**
     * The stages run over the store, in order, after the documents are written (default:
     * {@link BuildStage#consolidation()}, then {@link BuildStage#inference} of the vocabulary's
     * memberships with {@link InferenceSettings#DEFAULTS}).
     */
    public PipelineBuilder stages(List<BuildStage> stages) {
        this.stages = List.copyOf(stages);
        return this;
    }

    /** The guesser of passages' languages (default: a new one). */
    public PipelineBuilder languages(LanguageGuesser languages) {
        this.languages = languages;
        return this;
    }

    public PipelineBuilder reader(DocumentReader reader) {
        this.reader = reader;
        return this;
    }

    /** The extractors, by the kind of document each reads, with the rules each stamps by default. */
    public PipelineBuilder extractors(ExtractorRegistry registry) {
        this.extractors = Objects.requireNonNull(registry);
        return this;
    }

    /** One more extractor, for {@code kind}, whose facts keep the rules it names (none stamped). */
    public PipelineBuilder extractor(DocumentKind kind, Extractor extractor) {
        this.extractors = extractors.with(kind, extractor, null);
        return this;
    }

    /** The version of the extractors, written on every document read ({@code atlas:extractorVersion}; default: none). */
    public PipelineBuilder extractorVersion(String version) {
        this.extractorVersion = version;
        return this;
    }

    /** The vocabulary graph's content and the matcher built from it. */
    public PipelineBuilder vocabulary(Model model, DictionaryMatcher matcher) {
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
        if (stages == null) {
            stages = List.of(BuildStage.consolidation(),
                    BuildStage.inference(new Inference(Vocabulary.from(vocabularyModel), InferenceSettings.DEFAULTS)));
        }
        if (extractors.isEmpty()) {
            throw new IllegalStateException("a pipeline needs at least one extractor");
        }
        return new Pipeline(this);
    }
}
