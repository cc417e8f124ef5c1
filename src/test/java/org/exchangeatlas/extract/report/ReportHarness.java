package org.exchangeatlas.extract.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.source.Document;
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
 * Reads one file as the build does (the standard readers, the furniture finder, the reporting
 * extractor, the name resolver) and keeps what came out, in the terms the tests are written in:
 * each reported program as "bodies | targets | year" (slugs, sorted), facts by subject and
 * property, figures of the document by property.
 */
final class ReportHarness {
    static final Vocabulary VOCABULARY = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
    static final DictionaryMatcher MATCHER = new DictionaryMatcher(VOCABULARY);
    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
    static final DocumentReader READER = new DocumentReader(DocumentKinds.standard(), LANGUAGES,
            new PageFurnitureFinder(PageCues.from(VOCABULARY), JusTextSettings.standard(), LANGUAGES));
    static final ReportExtractor EXTRACTOR = new ReportExtractor(MATCHER, VOCABULARY);

    /** What one document gave. */
    record Read(Document document, boolean accepted, List<ProgramRecord> programs, List<Fact> facts,
                List<Problem> problems, Map<String, String> names) {

        /** Each program as "bodies | targets | year": slugs sorted, "-" for none. */
        TreeSet<String> programSummaries() {
            TreeSet<String> out = new TreeSet<>();
            for (ProgramRecord p : programs) {
                out.add(String.join(",", values(p.iri(), "organizer")) + " | "
                        + String.join(",", union(values(p.iri(), "targetGroup"), values(p.iri(), "targetCountry")))
                        + " | " + (values(p.iri(), "year").isEmpty() ? "-" : String.join(",", values(p.iri(), "year"))));
            }
            return out;
        }

        /** The names of a subject's property's values that are organizations new to the vocabulary. */
        TreeSet<String> newNames(String subject, String property) {
            TreeSet<String> out = new TreeSet<>();
            for (Fact f : facts) {
                if (f.subject().equals(subject) && f.predicate().equals(AtlasTerms.NS + property)
                        && f.object() instanceof Value.Iri i && names.containsKey(i.iri())) {
                    out.add(names.get(i.iri()));
                }
            }
            return out;
        }

        /** The values (slugs or lexical forms) of a subject's property. */
        TreeSet<String> values(String subject, String property) {
            TreeSet<String> out = new TreeSet<>();
            for (Fact f : facts) {
                if (f.subject().equals(subject) && f.predicate().equals(AtlasTerms.NS + property)) {
                    out.add(show(f.object()));
                }
            }
            return out;
        }

        /** The figures of the document: property local name to values. */
        Map<String, TreeSet<String>> figures() {
            String doc = AtlasTerms.id("document", document.sha256());
            Map<String, TreeSet<String>> out = new TreeMap<>();
            for (Fact f : facts) {
                if (f.subject().equals(doc)) {
                    out.computeIfAbsent(f.predicate().substring(f.predicate().indexOf('#') + 1), k -> new TreeSet<>())
                            .add(show(f.object()));
                }
            }
            return out;
        }

        /** Every fact as "subject predicate object", subjects and objects as slugs. */
        TreeSet<String> triples() {
            TreeSet<String> out = new TreeSet<>();
            facts.forEach(f -> out.add(slug(f.subject()) + " " + f.predicate().substring(f.predicate().indexOf('#') + 1)
                    + " " + show(f.object())));
            return out;
        }

        private static TreeSet<String> union(TreeSet<String> a, TreeSet<String> b) {
            TreeSet<String> out = new TreeSet<>(a);
            out.addAll(b);
            return out;
        }
    }

    private ReportHarness() {}

    static Read read(Path file) throws Exception {
        Document doc = READER.read(file, file.toString().replace('\\', '/'));
        List<ProgramRecord> programs = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> entities = new LinkedHashMap<>();
        RecordSink collector = new RecordSink() {
            @Override public void startDocument(Document d) {}
            @Override public void program(ProgramRecord p) { programs.add(p); }
            @Override public void fact(Fact f) { facts.add(f); }
            @Override public void entity(EntityRecord e) { entities.put(e.iri(), e.label()); }
            @Override public void problem(Problem p) { problems.add(p); }
            @Override public void endDocument(Document d) {}
        };
        RecordSink sink = new NameResolver(MATCHER, collector);
        boolean accepted = EXTRACTOR.accepts(doc);
        sink.startDocument(doc);
        if (accepted) {
            EXTRACTOR.extract(doc, sink);
        }
        sink.endDocument(doc);
        return new Read(doc, accepted, programs, facts, problems, entities);
    }

    static String show(Value v) {
        if (v instanceof Value.Iri i) {
            return slug(i.iri());
        }
        if (v instanceof Value.Typed t) {
            return t.lexical();
        }
        return v.toString();
    }

    static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
