package org.exchangeatlas.eval;

import static org.exchangeatlas.model.AtlasTerms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.graph.QuadBuffer;
import org.exchangeatlas.graph.QuadMapper;
import org.exchangeatlas.model.Digests;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.vocab.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer on a store written by hand (no extractor between), so that each rule of scoring is
 * seen on facts chosen for it: a title matched through quote marks and spaces, a count compared
 * by value, an extracted program paired with no gold program (all its facts wrong), a fact that
 * must not appear (listed first), an engagement gold does not state.
 */
class EvaluationTest {
    static final String TEXT = "《2019年 老挝农业研修班》主办：商务部。学员025人。农业。\n"
            + "2019年老挝减贫研修班 主办：外交部。减贫。\n"
            + "中联部会见老挝客人。";

    static final String BODY_RULE = id("rule", "notice-field");

    @TempDir
    Path dir;

    @Test
    void eachRuleOfScoringOnFactsChosenForIt() throws Exception {
        Path doc = dir.resolve("doc.txt");
        Files.writeString(doc, TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("doc.txt.gold.json"), """
                {"genre": "notice-zh",
                 "programs": [{"title": "2019年老挝农业研修班", "year": 2019, "organizer": "商务部",
                               "participantCount": 25, "topics": ["agriculture", "party building"]}],
                 "absent": [{"field": "organizer", "value": "外交部"}]}
                """, StandardCharsets.UTF_8);
        String sha = Digests.sha256(Files.readAllBytes(doc));
        Document d = new Document(sha, doc.toString(), "text/plain", TEXT, "zh");
        QuadBuffer quads = new QuadBuffer();
        QuadMapper m = new QuadMapper(quads, new LanguageGuesser());
        m.startDocument(d);
        ProgramRecord p1 = program("p1", "《2019年 老挝农业研修班》", 0);
        m.program(p1);
        m.fact(new Fact(p1.iri(), YEAR, new Value.Typed("2019", XSD + "gYear"), span("2019年")));
        m.fact(new Fact(p1.iri(), ORGANIZER, new Value.Iri(id("body", "mofcom")), span("商务部"), BODY_RULE));
        m.fact(new Fact(p1.iri(), PARTICIPANT_COUNT, new Value.Typed("025", XSD + "integer"), span("025人")));
        m.fact(new Fact(p1.iri(), TOPIC, new Value.Iri(id("topic", "agriculture")), span("农业。")));
        ProgramRecord p2 = program("p2", "2019年老挝减贫研修班", TEXT.indexOf("2019年老挝减贫"));
        m.program(p2);
        m.fact(new Fact(p2.iri(), ORGANIZER, new Value.Iri(id("body", "mfa")), span("外交部"), BODY_RULE));
        m.fact(new Fact(p2.iri(), TOPIC, new Value.Iri(id("topic", "poverty-reduction")), span("减贫。")));
        m.fact(new Fact(id("body", "ild"), ENGAGED_WITH, new Value.Iri(id("country", "LA")), span("中联部会见老挝客人")));
        m.endDocument(d);

        EvalReport r;
        try (AtlasStore store = AtlasStore.open(dir.resolve("store"))) {
            store.write(dsg -> {
                Node vocab = NodeFactory.createURI(VOCABULARY_GRAPH);
                for (Triple t : OntologyFiles.onClassPath().vocabulary().getGraph().find().toList()) {
                    dsg.add(vocab, t.getSubject(), t.getPredicate(), t.getObject());
                }
                quads.quads().forEach(dsg::add);
            });
            r = Evaluation.score(store, new GoldFiles().read(List.of(dir)));
        }

        assertEquals(new Tally(5, 4, 1), r.overall());
        assertEquals(new Tally(1, 1, 0), r.fields().get(Field.ORGANIZER));
        assertEquals(new Tally(1, 1, 0), r.fields().get(Field.TITLE));
        assertEquals(new Tally(1, 1, 1), r.fields().get(Field.TOPICS));
        assertEquals(new Tally(1, 0, 0), r.fields().get(Field.PARTICIPANT_COUNT));
        assertEquals(new Tally(0, 1, 0), r.fields().get(Field.ENGAGED_WITH));
        assertEquals(2, r.extractedPrograms());
        assertEquals(java.util.Map.of(BODY_RULE, new Tally(1, 1, 0)), r.rules());
        assertEquals(List.of(
                doc + " @49-52 [notice-field] organizer Ministry of Foreign Affairs (must not appear) (program not in gold:"
                        + " 2019年老挝减贫研修班): \"外交部\"",
                doc + " @33-45 title 2019年老挝减贫研修班 (program not in gold: 2019年老挝减贫研修班): \"2019年老挝减贫研修班\"",
                doc + " @53-56 topics poverty reduction (program not in gold: 2019年老挝减贫研修班): \"减贫。\"",
                doc + " @57-66 engagedWith International Department of the CPC Central Committee -> Laos: \"中联部会见老挝客人\""),
                r.wrong().stream().map(TextReport::wrongLine).toList());
        assertEquals(List.of(doc + " topics party building (program: 2019年老挝农业研修班)"),
                r.missed().stream().map(TextReport::missedLine).toList());
    }

    private static ProgramRecord program(String key, String title, int at) {
        return new ProgramRecord(key, title, "zh", null, new Span(at, at + title.length()));
    }

    private static Span span(String passage) {
        int at = TEXT.indexOf(passage);
        return new Span(at, at + passage.length());
    }
}
