package org.exchangeatlas.pipeline;

import static org.exchangeatlas.pipeline.Pipeline.DEFAULT_STREAM_ABOVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.exchangeatlas.extract.Extractor;
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
    final List<Extractor> extractors = new ArrayList<>();
    final List<ExtractorRules> extractorRules = new ArrayList<>();
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

    /** An extractor whose facts keep the rules it names (none stamped). */
    public PipelineBuilder extractor(Extractor extractor) {
        extractors.add(Objects.requireNonNull(extractor));
        extractorRules.add(null);
        return this;
    }

    /** An extractor, and the rules its facts are stamped with where it names none. */
    public PipelineBuilder extractor(Extractor extractor, ExtractorRules rules) {
        extractors.add(Objects.requireNonNull(extractor));
        extractorRules.add(Objects.requireNonNull(rules));
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
