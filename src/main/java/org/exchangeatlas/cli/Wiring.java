package org.exchangeatlas.cli;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.exchangeatlas.extract.DocumentKind;
import org.exchangeatlas.extract.ExtractorRegistry;
import org.exchangeatlas.extract.ExtractorRules;
import org.exchangeatlas.extract.NoticeExtractor;
import org.exchangeatlas.extract.prose.ProseRelationReader;
import org.exchangeatlas.extract.news.NewsExtractor;
import org.exchangeatlas.extract.report.ReportExtractor;
import org.exchangeatlas.extract.coded.CodedRecordsExtractor;
import org.exchangeatlas.infer.Inference;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.pipeline.BuildStage;
import org.exchangeatlas.pipeline.Pipeline;
import org.exchangeatlas.pipeline.PipelineBuilder;
import org.exchangeatlas.source.DocumentKinds;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.JusTextSettings;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.PageCues;
import org.exchangeatlas.source.PageFurnitureFinder;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The one place the road is wired: ontology files -> vocabulary -> matcher -> reader and
 * extractors -> {@link Pipeline}. {@code build} and {@code demo} both take their pipeline here.
 */
public final class Wiring {
    private Wiring() {}

    /** A pipeline reading the standard document kinds against the ontology shipped on the class path. */
    public static Pipeline pipeline() {
        return pipeline(InferenceSettings.DEFAULTS);
    }

    /** The same, with the inference step's options. */
    public static Pipeline pipeline(InferenceSettings inferenceSettings) {
        return builder(inferenceSettings).build();
    }

    /** The wired pipeline's builder, for callers that change what is left to defaults (threads). */
    public static PipelineBuilder builder(InferenceSettings inferenceSettings) {
        OntologyFiles files = OntologyFiles.onClassPath();
        Model vocabModel = files.vocabulary();
        Vocabulary vocab = Vocabulary.from(vocabModel);
        DictionaryMatcher matcher = new DictionaryMatcher(vocab);
        LanguageGuesser languages = new LanguageGuesser();
        return Pipeline.builder()
                .reader(reader(vocab, languages))
                .languages(languages)
                .vocabulary(vocabModel, matcher)
                .stages(List.of(BuildStage.consolidation(), BuildStage.inference(new Inference(vocab, inferenceSettings))))
                .extractorVersion(AtlasVersion.mavenVersion("org.exchangeatlas", "exchange-atlas"))
                .extractors(extractors(matcher, vocab, languages));
    }

    /** The reader of the standard file kinds, with page furniture found by the vocabulary's cues. */
    public static DocumentReader reader(Vocabulary vocab, LanguageGuesser languages) {
        return new DocumentReader(DocumentKinds.standard(), languages,
                new PageFurnitureFinder(PageCues.from(vocab), JusTextSettings.standard(), languages));
    }

    /** The extractors of the standard document kinds, each with the rules its claims are stamped with. */
    public static ExtractorRegistry extractors(DictionaryMatcher matcher, Vocabulary vocab, LanguageGuesser languages) {
        return ExtractorRegistry.empty()
                .with(DocumentKind.CHINESE_NOTICE, NoticeExtractor.chinese(matcher, vocab, new ProseRelationReader(matcher, vocab)),
                        ExtractorRules.CHINESE_NOTICE)
                .with(DocumentKind.ENGLISH_NOTICE, NoticeExtractor.english(matcher, vocab, new ProseRelationReader(matcher, vocab)),
                        ExtractorRules.ENGLISH_NOTICE)
                .with(DocumentKind.CHINESE_PROSE, new NewsExtractor(matcher, vocab), ExtractorRules.NEWS)
                .with(DocumentKind.ENGLISH_REPORT, new ReportExtractor(matcher, vocab), ExtractorRules.REPORT)
                .with(DocumentKind.CODED_TABLE, new CodedRecordsExtractor(matcher, vocab, languages), ExtractorRules.CODED);
    }
}
