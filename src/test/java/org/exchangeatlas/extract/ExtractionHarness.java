package org.exchangeatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Runs the notice extractor (with the prose relation reader, as the build wires it) and the name
 * resolver over one text with the shipped
 * vocabularies and collects what came out, keyed the way the tests' expectations are written:
 * property local name to a sorted set of values (IRIs shortened to their last segment, new
 * organizations to their label, literals to their lexical form).
 */
final class ExtractionHarness {
    private static final Model MODEL = OntologyFiles.onClassPath().vocabulary();
    static final Vocabulary VOCABULARY = Vocabulary.from(MODEL);
    static final DictionaryMatcher MATCHER = new DictionaryMatcher(VOCABULARY);

    /** What one document gave. */
    record Extracted(List<ProgramRecord> programs, Map<String, TreeSet<String>> facts, List<Fact> raw,
                     List<Problem> problems, String text) {
        TreeSet<String> values(String property) {
            return facts.getOrDefault(property, new TreeSet<>());
        }
    }

    private ExtractionHarness() {}

    static Extracted run(String text) {
        return run(text, "zh");
    }

    /** Runs the notice extractor of {@code language} ({@code zh} or {@code en}). */
    static Extracted run(String text, String language) {
        Document doc = new Document("0".repeat(64), "test.txt", "text/plain", text, language);
        List<ProgramRecord> programs = new ArrayList<>();
        Map<String, TreeSet<String>> facts = new TreeMap<>();
        List<Fact> raw = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> newNames = new TreeMap<>();
        RecordSink collector = new RecordSink() {
            @Override public void startDocument(Document d) {}
            @Override public void program(ProgramRecord p) { programs.add(p); }
            @Override public void fact(Fact f) { raw.add(f); }
            @Override public void entity(EntityRecord e) { newNames.put(e.iri(), e.label()); }
            @Override public void problem(Problem p) { problems.add(p); }
            @Override public void endDocument(Document d) {}
        };
        RecordSink sink = new NameResolver(MATCHER, collector);
        sink.startDocument(doc);
        ProseRelations prose = new org.exchangeatlas.extract.prose.ProseRelationReader(MATCHER, VOCABULARY);
        NoticeExtractor extractor = language.equals("en")
                ? NoticeExtractor.english(MATCHER, VOCABULARY, prose) : NoticeExtractor.chinese(MATCHER, VOCABULARY, prose);
        extractor.extract(doc, sink);
        sink.endDocument(doc);
        for (Fact f : raw) {
            String p = f.predicate().substring(f.predicate().indexOf('#') + 1);
            String v;
            if (f.object() instanceof Value.Iri i) {
                v = newNames.getOrDefault(i.iri(), i.iri().substring(i.iri().lastIndexOf('/') + 1));
            } else if (f.object() instanceof Value.Typed t) {
                v = t.lexical();
            } else if (f.object() instanceof Value.Text t) {
                v = t.text();
            } else {
                v = f.object().toString();
            }
            facts.computeIfAbsent(p, k -> new TreeSet<>()).add(v);
        }
        return new Extracted(programs, facts, raw, problems, text);
    }
}
