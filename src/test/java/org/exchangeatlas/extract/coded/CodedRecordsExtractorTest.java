package org.exchangeatlas.extract.coded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramKeys;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.DocumentKinds;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The coded-records extractor on the sample tables, read as a build reads them (the document
 * reader, the shipped vocabularies, the name resolver): a row's facts as exact values, each claim's
 * span the cell's exact characters, and the problems of values that do not resolve.
 */
class CodedRecordsExtractorTest {
    private static final Model MODEL = OntologyFiles.onClassPath().vocabulary();
    private static final Vocabulary VOCABULARY = Vocabulary.from(MODEL);
    private static final DictionaryMatcher MATCHER = new DictionaryMatcher(VOCABULARY);
    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
    private static final DocumentReader READER = new DocumentReader(DocumentKinds.standard());

    /** What a table gave, with new organizations by IRI. */
    record Extracted(Document document, List<ProgramRecord> programs, List<Fact> facts, List<Problem> problems,
                     Map<String, String> newOrganizations) {

        ProgramRecord program(String title) {
            return programs.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
        }

        /** The values of {@code property} for the program: IRIs by their last segment, new organizations by label. */
        TreeSet<String> values(ProgramRecord program, String property) {
            TreeSet<String> out = new TreeSet<>();
            for (Fact f : facts) {
                if (f.subject().equals(program.iri()) && f.predicate().endsWith("#" + property)) {
                    out.add(show(f.object()));
                }
            }
            return out;
        }

        String show(Value v) {
            if (v instanceof Value.Iri i) {
                return newOrganizations.getOrDefault(i.iri(), i.iri().substring(i.iri().lastIndexOf('/') + 1));
            }
            return v instanceof Value.Typed t ? t.lexical() : v.toString();
        }

        /** The quote of each of the program's facts of {@code property}. */
        TreeSet<String> quotes(ProgramRecord program, String property) {
            TreeSet<String> out = new TreeSet<>();
            facts.stream().filter(f -> f.subject().equals(program.iri()) && f.predicate().endsWith("#" + property))
                    .forEach(f -> out.add(f.span().of(document.text())));
            return out;
        }
    }

    static Extracted extract(String path) throws Exception {
        Document doc = READER.read(Path.of(path), path);
        return extract(doc, new CodedRecordsExtractor(MATCHER, VOCABULARY, LANGUAGES));
    }

    static Extracted extract(Document doc, CodedRecordsExtractor extractor) {
        List<ProgramRecord> programs = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        RecordSink collector = new RecordSink() {
            @Override public void startDocument(Document d) {}
            @Override public void program(ProgramRecord p) { programs.add(p); }
            @Override public void fact(Fact f) { facts.add(f); }
            @Override public void entity(EntityRecord e) { names.put(e.iri(), e.label()); }
            @Override public void problem(Problem p) { problems.add(p); }
            @Override public void endDocument(Document d) {}
        };
        RecordSink sink = new NameResolver(MATCHER, collector);
        assertTrue(extractor.accepts(doc), doc.mediaType());
        sink.startDocument(doc);
        extractor.extract(doc, sink);
        sink.endDocument(doc);
        return new Extracted(doc, programs, facts, problems, names);
    }

    private static TreeSet<String> set(String... values) {
        return new TreeSet<>(List.of(values));
    }

    @Test
    void aCsvRowGivesItsFactsThroughTheVocabularies() throws Exception {
        Extracted x = extract("samples/coded/programs.csv");
        assertEquals("mul", x.document().language());
        assertEquals(34, x.programs().size());
        assertEquals(List.of(), x.problems());

        ProgramRecord p = x.program("Workshop on Customs Clearance Facilitation for Officials from Central Asia");
        assertEquals(ProgramKeys.of(java.util.Optional.of(2016), p.title()), p.key());
        assertEquals("en", p.titleLang());
        assertEquals(set("2016"), x.values(p, "year"));
        assertEquals(set("gacc"), x.values(p, "organizer"));
        assertEquals(set("Shanghai Customs College"), x.values(p, "host"));
        assertEquals(set("KG", "KZ", "TJ", "TM", "UZ"), x.values(p, "targetCountry"));
        assertEquals(set("central-asia"), x.values(p, "targetGroup"));
        assertEquals(set("government-officials"), x.values(p, "participantRole"));
        assertEquals(set("customs"), x.values(p, "topic"));
        assertEquals(set("language"), x.values(p, "requirement"));
        assertEquals(set("2016-09-05"), x.values(p, "startDate"));
        assertEquals(set("2016-09-18"), x.values(p, "endDate"));
        assertEquals(set("25"), x.values(p, "participantCount"));
        assertEquals(set("KG", "KZ", "TJ", "TM", "UZ"), x.quotes(p, "targetCountry"), "each claim quotes one value of the cell");
        assertEquals(set("General Administration of Customs"), x.quotes(p, "organizer"));
    }

    @Test
    void countriesResolveByEnglishNameChineseNameOrIsoCodeAndBodiesByFormerNames() throws Exception {
        Extracted x = extract("samples/coded/programs.csv");
        ProgramRecord english = x.program("Seminar on Rural Poverty Reduction for Local Officials from ASEAN Countries");
        assertEquals(set("KH", "LA", "MM", "VN"), x.values(english, "targetCountry"));
        ProgramRecord chinese = x.program("Workshop on Cyberspace Governance for Officials from Developing Countries");
        assertEquals(set("EG", "NG", "PK"), x.values(chinese, "targetCountry"));
        assertEquals(set("埃及", "尼日利亚", "巴基斯坦"), x.quotes(chinese, "targetCountry"));
        ProgramRecord formerName = x.program("Training Course on Agricultural Technology for Technicians from Ethiopia");
        assertEquals(set("mara"), x.values(formerName, "organizer"));
        assertEquals(set("ET"), x.values(formerName, "targetCountry"));
    }

    @Test
    void aQuotedCellIsCitedWithoutItsQuotes() throws Exception {
        Extracted x = extract("samples/coded/programs.csv");
        ProgramRecord p = x.program("Seminar on Party Building for Party Cadres from Southern African Countries");
        assertEquals(set("China Executive Leadership Academy, Jinggangshan"), x.values(p, "host"));
        assertEquals(set("China Executive Leadership Academy, Jinggangshan"), x.quotes(p, "host"));
        ProgramRecord quotedTitle = x.program(
                "Online Seminar on Digital Economy, E-Commerce and Logistics for Government Officials from Arab States");
        assertEquals(quotedTitle.title(), quotedTitle.span().of(x.document().text()));
    }

    @Test
    void aRowRepeatingANoticeGetsTheNoticesProgramKey() throws Exception {
        Extracted x = extract("samples/coded/programs.csv");
        ProgramRecord p = x.program("2023年塞尔维亚法官和检察官法治建设研修班");
        assertEquals("zh", p.titleLang());
        assertEquals(ProgramKeys.of(java.util.Optional.of(2023), "2023年塞尔维亚法官和检察官法治建设研修班"), p.key());
        assertEquals(set("moj"), x.values(p, "organizer"));
        assertEquals(set("RS"), x.values(p, "targetCountry"));
        assertEquals(set("中国政法大学国际司法交流中心"), x.values(p, "host"));
    }

    @Test
    void jsonAndJsonLinesUseTheirOwnColumnNames() throws Exception {
        Extracted json = extract("samples/coded/trainings.json");
        assertEquals(5, json.programs().size());
        assertEquals(List.of(), json.problems());
        ProgramRecord west = json.program("Seminar on Poverty Reduction for Local Government Leaders from West Africa");
        assertEquals(set("2021"), json.values(west, "year"));
        assertEquals(set("cidca"), json.values(west, "organizer"));
        assertEquals(set("CI", "GH", "SN", "TG"), json.values(west, "targetCountry"));
        assertEquals(set("C\\u00f4te d\\u2019Ivoire", "Ghana", "Senegal", "Togo"), json.quotes(west, "targetCountry"),
                "a JSON string is cited as the file writes it, escapes and all");
        assertEquals(set("africa"), json.values(west, "targetGroup"));
        assertEquals(set("agriculture", "poverty-reduction"), json.values(west, "topic"));
        assertEquals(set("30"), json.values(west, "participantCount"));

        Extracted lines = extract("samples/coded/courses.jsonl");
        assertEquals(5, lines.programs().size());
        assertEquals(List.of(), lines.problems());
        ProgramRecord asean = lines.program("2022年东盟国家政府官员区块链与数字经济研修班");
        assertEquals(set("mofcom"), lines.values(asean, "organizer"));
        assertEquals(set("BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"), lines.values(asean, "targetCountry"));
        assertEquals(set("asean"), lines.values(asean, "targetGroup"));
        assertEquals(set("blockchain", "digital-economy"), lines.values(asean, "topic"));
        assertEquals(set("区块链", "数字经济"), lines.quotes(asean, "topic"));
        assertEquals(set("prior-exchange-report"), lines.values(asean, "requirement"));
    }

    @Test
    void everyClaimQuotesOneValueOfItsCellAndNothingAroundIt() throws Exception {
        for (String path : List.of("samples/coded/programs.csv", "samples/coded/trainings.json", "samples/coded/courses.jsonl")) {
            Extracted x = extract(path);
            String text = x.document().text();
            for (Fact f : x.facts()) {
                String quote = f.span().of(text);
                assertEquals(quote.strip(), quote, path + ": " + f);
                assertTrue(!quote.isEmpty() && quote.chars().noneMatch(c -> c == ';' || c == '|')
                        && !quote.startsWith("\"") && !quote.endsWith("\""), path + ": " + quote);
                if (f.object() instanceof Value.Typed t && !f.predicate().endsWith("#year")) {
                    assertEquals(t.lexical(), quote, path);
                }
            }
            for (ProgramRecord p : x.programs()) {
                assertEquals(p.title(), p.span().of(text), path);
            }
        }
    }

    @Test
    void valuesThatDoNotResolveAreProblemsByRowAndColumnAndTheRestLands() throws Exception {
        Extracted x = extract("samples/coded/unresolved-values.csv");
        assertEquals(List.of(
                "row 2, column countries: no country named \"Narnia\"",
                "row 3, column topics: no topic named \"tourism promotion\"",
                "row 4: no title (column title is empty); row not read",
                "row 5, column year: not a year: \"20023\"",
                "row 5, column countries: no country named \"XX\""),
                x.problems().stream().map(Problem::message).toList());
        assertEquals(3, x.programs().size());
        ProgramRecord fisheries = x.program(
                "Seminar on Fisheries Management for Government Officials from Pacific Island Countries");
        assertEquals(set("FJ", "WS"), x.values(fisheries, "targetCountry"));
        assertEquals(set("agriculture"), x.values(fisheries, "topic"));
        ProgramRecord tourism = x.program("Seminar on Tourism Promotion for Government Officials from Cambodia");
        assertEquals(set("mct"), x.values(tourism, "organizer"), "a body the vocabulary knows");
        assertEquals(set(), x.values(tourism, "topic"));
        ProgramRecord undated = x.program("Seminar on Smart Cities for Local Government Leaders from Central Asia");
        assertTrue(undated.key().startsWith("undated-"), undated.key());
        assertEquals(set("KZ"), x.values(undated, "targetCountry"));
    }

    @Test
    void aTableWithoutAMappingBesideItCannotBeRead() throws Exception {
        Document doc = READER.read(Path.of("samples/broken/no-mapping.csv"), "samples/broken/no-mapping.csv");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> extract(doc, new CodedRecordsExtractor(MATCHER, VOCABULARY, LANGUAGES)));
        assertEquals("no mapping file no-mapping.mapping.json beside it", e.getMessage());
    }

    @Test
    void theMappingIsDataAndCanComeFromElsewhere() {
        String csv = "Name,Land\nSeminar on Blockchain for Government Officials from Mongolia,MN\n";
        Document doc = new Document("0".repeat(64), "t.csv", "text/csv", csv, "mul");
        MappingFile mapping = MappingFile.parse("t.mapping.json", "{\"title\": \"Name\", \"targetCountry\": \"Land\"}");
        Extracted x = extract(doc, new CodedRecordsExtractor(MATCHER, VOCABULARY, LANGUAGES, d -> mapping));
        ProgramRecord p = x.programs().get(0);
        assertEquals(set("MN"), x.values(p, "targetCountry"));
        assertTrue(p.key().startsWith("undated-"));
    }
}
