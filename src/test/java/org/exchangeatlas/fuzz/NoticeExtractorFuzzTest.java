package org.exchangeatlas.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.NoticeExtractor;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Arbitrary text (the first byte chooses the Chinese or the English notice grammar) goes through
 * the notice extractor and the name resolver with the shipped vocabularies: no exception but the
 * one-line {@link UnreadableDocumentException}, and every program's and fact's span lies within
 * the text.
 */
class NoticeExtractorFuzzTest {
    private static final Vocabulary VOCABULARY = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
    private static final DictionaryMatcher MATCHER = new DictionaryMatcher(VOCABULARY);
    private static final NoticeExtractor CHINESE = NoticeExtractor.chinese(MATCHER, VOCABULARY);
    private static final NoticeExtractor ENGLISH = NoticeExtractor.english(MATCHER, VOCABULARY);

    @FuzzTest(maxDuration = FuzzDurations.PER_TARGET)
    void extractsWithinTheText(byte[] data) {
        FuzzInput in = FuzzInput.of(data);
        boolean english = in.choose(2) == 1;
        String text = in.text();
        Document doc = new Document("0".repeat(64), "fuzz.txt", "text/plain", text, english ? "en" : "zh");
        List<Span> spans = new ArrayList<>();
        RecordSink collector = new RecordSink() {
            @Override public void startDocument(Document d) {}
            @Override public void program(ProgramRecord p) { spans.add(p.span()); }
            @Override public void fact(Fact f) { spans.add(f.span()); }
            @Override public void entity(EntityRecord e) {}
            @Override public void problem(Problem p) {
                if (p.span() != null) {
                    spans.add(p.span());
                }
            }
            @Override public void endDocument(Document d) {}
        };
        RecordSink sink = new NameResolver(MATCHER, collector);
        try {
            sink.startDocument(doc);
            (english ? ENGLISH : CHINESE).extract(doc, sink);
            sink.endDocument(doc);
        } catch (UnreadableDocumentException e) {
            OneLine.check(e.getMessage());
        }
        FuzzInput.assertWithin(spans, text.length(), "claim");
    }
}
