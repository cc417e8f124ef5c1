package org.exchangeatlas.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.jena.riot.system.StreamRDF;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.ExtractorRegistry;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.RecordSinkWrapper;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.graph.QuadMapper;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.FileBudget;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;

/**
 * What extracting one document came to: the programs it described, the organizations it named
 * that no vocabulary knows, and the passages not understood. {@link #run} pushes the document
 * through its extractors (each behind the {@link RuleStamp} of its default rules), the name resolver and the quad mapper into a quad stream, counting on
 * the way and looking at the file's clock at every record, so a document past its time stops.
 */
final class Extraction {
    int programs;
    final List<Problem> problems = new ArrayList<>();
    final Set<String> minted = new HashSet<>();

    /**
     * The extractors and vocabulary lookups every document goes through.
     *
     * @param registry         the extractors by document kind, each with its default rules
     * @param extractorVersion written on each document (null: none)
     */
    record Extractors(ExtractorRegistry registry, DictionaryMatcher matcher, LanguageGuesser languages,
                      String extractorVersion) {}

    /** Extracts {@code doc} into {@code out} within {@code allowance}; throws {@link UnreadableDocumentException} past it. */
    static Extraction run(Document doc, Extractors with, StreamRDF out, FileBudget.Allowance allowance) {
        return run(doc, with, out, allowance, () -> 0);
    }

    /**
     * The same, not counting against the allowance the time {@code paused} says the extraction
     * spent waiting for {@code out} to take its quads (a streamed document waits on the writer).
     */
    static Extraction run(Document doc, Extractors with, StreamRDF out, FileBudget.Allowance allowance,
                          LongSupplier paused) {
        Extraction x = new Extraction();
        RecordSink counting = new RecordSinkWrapper(new QuadMapper(out, with.languages(), with.extractorVersion())) {
            @Override
            public void program(ProgramRecord program) {
                onTime();
                x.programs++;
                super.program(program);
            }

            @Override
            public void fact(Fact fact) {
                onTime();
                super.fact(fact);
            }

            @Override
            public void entity(EntityRecord entity) {
                onTime();
                x.minted.add(entity.iri());
                super.entity(entity);
            }

            @Override
            public void problem(Problem problem) {
                onTime();
                x.problems.add(problem);
                super.problem(problem);
            }

            private void onTime() {
                if (allowance.expired(paused.getAsLong())) {
                    throw new UnreadableDocumentException(allowance.timeReason());
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new UnreadableDocumentException("extraction was interrupted");
                }
            }
        };
        RecordSink sink = new NameResolver(with.matcher(), counting);
        sink.startDocument(doc);
        if (!doc.text().isBlank() && doc.readableText().isBlank()) {
            // every line judged page furniture: said, not silently left without programs
            sink.problem(new Problem("no main text: every line was read as page furniture (menus, links, footers)",
                    new Span(0, doc.text().length())));
        }
        for (ExtractorRegistry.Entry e : with.registry().accepting(doc)) {
            e.extractor().extract(doc, e.rules() == null ? sink : new RuleStamp(e.rules(), sink));
        }
        sink.endDocument(doc);
        return x;
    }
}
