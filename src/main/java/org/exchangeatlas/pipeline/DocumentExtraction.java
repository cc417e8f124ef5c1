package org.exchangeatlas.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.Extractor;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.RecordSinkWrapper;
import org.exchangeatlas.graph.QuadBuffer;
import org.exchangeatlas.graph.QuadMapper;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.vocab.DictionaryMatcher;

/**
 * One document through the extractors, on the sink chain the pipeline wires once:
 * <pre>
 * extractor -> RuleStamp (its default rules) -> NameResolver -> counting -> QuadMapper -> buffer
 * </pre>
 * Immutable; each {@link #extract} keeps its state in the {@link Result} it returns, so threads
 * may share it.
 */
final class DocumentExtraction {
    private final List<Extractor> extractors;
    private final List<ExtractorRules> rules;
    private final DictionaryMatcher matcher;
    private final LanguageGuesser languages;
    private final String extractorVersion;

    /**
     * @param extractors       the extractors, in the order they run
     * @param rules            the default rules of each extractor (an element may be null: none stamped)
     * @param matcher          the dictionary names are resolved with
     * @param languages        guesses the cited passages' languages
     * @param extractorVersion written on each document (null: none)
     */
    DocumentExtraction(List<Extractor> extractors, List<ExtractorRules> rules, DictionaryMatcher matcher,
                       LanguageGuesser languages, String extractorVersion) {
        if (extractors.size() != rules.size()) {
            throw new IllegalArgumentException("one entry of rules per extractor");
        }
        this.extractors = List.copyOf(extractors);
        this.rules = java.util.Collections.unmodifiableList(new ArrayList<>(rules));
        this.matcher = matcher;
        this.languages = languages;
        this.extractorVersion = extractorVersion;
    }

    /** What a document came to: its quads, and what was counted on the way. */
    static final class Result {
        List<Quad> quads;
        int programs;
        final List<Problem> problems = new ArrayList<>();
        final Set<String> minted = new HashSet<>();
    }

    Result extract(Document doc) {
        Result x = new Result();
        QuadBuffer buffer = new QuadBuffer();
        RecordSink counting = new RecordSinkWrapper(new QuadMapper(buffer, languages, extractorVersion)) {
            @Override
            public void program(ProgramRecord program) {
                x.programs++;
                super.program(program);
            }

            @Override
            public void entity(EntityRecord entity) {
                x.minted.add(entity.iri());
                super.entity(entity);
            }

            @Override
            public void problem(Problem problem) {
                x.problems.add(problem);
                super.problem(problem);
            }
        };
        RecordSink sink = new NameResolver(matcher, counting);
        sink.startDocument(doc);
        for (int i = 0; i < extractors.size(); i++) {
            Extractor e = extractors.get(i);
            ExtractorRules r = rules.get(i);
            if (e.accepts(doc)) {
                e.extract(doc, r == null ? sink : new RuleStamp(r, sink));
            }
        }
        sink.endDocument(doc);
        x.quads = buffer.quads();
        return x;
    }
}
