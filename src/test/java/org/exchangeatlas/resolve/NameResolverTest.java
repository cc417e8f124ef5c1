package org.exchangeatlas.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The name resolver with the shipped vocabularies: a body's label in either language resolves to
 * the body's IRI; an unknown organization gets an IRI made from its folded name only (the same
 * on every build, spacing aside), announced once per document; other facts pass as they are.
 */
class NameResolverTest {
    private static final DictionaryMatcher MATCHER = new DictionaryMatcher(Vocabulary.from(OntologyFiles.onClassPath().vocabulary()));
    private static final String PROGRAM = "https://w3id.org/exchange-atlas/id/program/2022-test";
    private static final Document DOC = new Document("0".repeat(64), "test.txt", "text/plain", "test", "zh");

    /** What the resolver passed on. */
    private record Out(List<Fact> facts, List<EntityRecord> entities) {}

    private static Out resolve(List<List<Fact>> documents) {
        List<Fact> facts = new ArrayList<>();
        List<EntityRecord> entities = new ArrayList<>();
        NameResolver resolver = new NameResolver(MATCHER, new RecordSink() {
            @Override public void startDocument(Document d) {}
            @Override public void program(ProgramRecord p) {}
            @Override public void fact(Fact f) { facts.add(f); }
            @Override public void entity(EntityRecord e) { entities.add(e); }
            @Override public void problem(Problem p) {}
            @Override public void endDocument(Document d) {}
        });
        for (List<Fact> doc : documents) {
            resolver.startDocument(DOC);
            doc.forEach(resolver::fact);
            resolver.endDocument(DOC);
        }
        return new Out(facts, entities);
    }

    private static Fact organizer(String name) {
        return new Fact(PROGRAM, AtlasTerms.ORGANIZER, new Value.Name(Value.Name.ORGANIZATION, name), new Span(0, 4));
    }

    @Test
    void aBodysLabelInEitherLanguageResolvesToTheBody() {
        Out out = resolve(List.of(List.of(organizer("商务部"), organizer("Ministry of Commerce of the People's Republic of China"))));
        String mofcom = "https://w3id.org/exchange-atlas/id/body/mofcom";
        assertEquals(List.of(organizer("x").withObject(new Value.Iri(mofcom)), organizer("x").withObject(new Value.Iri(mofcom))),
                out.facts());
        assertEquals(List.of(), out.entities());
    }

    @Test
    void anUnknownOrganizationGetsAnIriFromItsFoldedNameAnnouncedOncePerDocument() {
        Out out = resolve(List.of(List.of(organizer("青岛海关培训中心"), organizer("青岛海关 培训中心")),
                List.of(organizer("青岛海关培训中心"))));
        // id/org/ and the first 8 bytes of the SHA-256 of the folded name, spaces removed
        String iri = "https://w3id.org/exchange-atlas/id/org/6cf94c0f05065362";
        assertEquals(List.of(iri, iri, iri), out.facts().stream().map(f -> ((Value.Iri) f.object()).iri()).toList());
        assertEquals(List.of(new EntityRecord(iri, AtlasTerms.ORGANIZATION, "青岛海关培训中心", "zh"),
                new EntityRecord(iri, AtlasTerms.ORGANIZATION, "青岛海关培训中心", "zh")), out.entities());
    }

    @Test
    void otherFactsPassAsTheyAre() {
        Fact year = new Fact(PROGRAM, AtlasTerms.YEAR, new Value.Typed("2022", AtlasTerms.XSD + "gYear"), new Span(0, 4));
        assertEquals(List.of(year), resolve(List.of(List.of(year))).facts());
    }
}
