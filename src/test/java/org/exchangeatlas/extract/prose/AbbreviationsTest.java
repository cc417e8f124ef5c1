package org.exchangeatlas.extract.prose;

import static org.exchangeatlas.model.AtlasTerms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {
    private static final Value NOBODY = new Value.Name(Value.Name.ORGANIZATION, "");
    private final OrganizationFinder orgs = new OrganizationFinder(Vocab.MATCHER, Vocab.VOCABULARY.homeCountry());
    private final ClauseReader reader = new ClauseReader(Vocab.MATCHER, Vocab.VOCABULARY);

    @Test
    void aShortNameIsTheEndOfTheNameItsInitialsSpell() {
        assertEquals("Hangzhou Silk Road Textile College",
                Abbreviations.spelled("Jinlun Hall of Hangzhou Silk Road Textile College", "HSRTC"));
        assertEquals("Nanhai University of Finance and Economics",
                Abbreviations.spelled("Nanhai University of Finance and Economics", "NUFE"));
        assertEquals("Riverside Training Centre", Abbreviations.spelled("Riverside Training Centre", "XYZ"));
    }

    @Test
    void aCueBeforeAShortNameTheTextDefinedNamesTheUnit() {
        String text = "The opening was held at Riverbank Normal University (RNU) on Monday. "
                + "The course is sponsored by MOFCOM and implemented by RNU's School of International Education.";
        Abbreviations abbreviations = Abbreviations.in(text, orgs, NOBODY);
        int from = text.indexOf("The course");
        Span clause = new Span(text.indexOf("implemented"), text.length());
        List<String> found = reader.read(text, clause, abbreviations.with(orgs.find(text, clause.start(), clause.end(), NOBODY),
                text, clause.start(), clause.end())).stream()
                .map(r -> r.property().substring(NS.length()) + " " + ((Value.Name) r.org().value()).name()).toList();
        assertEquals(List.of("host Riverbank Normal University"), found);
        assertEquals(List.of(), abbreviations.with(List.of(), text, from, text.indexOf("implemented")).stream()
                .filter(o -> o.value() instanceof Value.Name n && n.name().startsWith("Riverbank")).toList());
    }

    @Test
    void anUpperCaseWordNeverDefinedNamesNoOne() {
        String text = "The seminar was implemented by XYZ on behalf of the ministry.";
        Abbreviations abbreviations = Abbreviations.in(text, orgs, NOBODY);
        assertEquals(List.of(), abbreviations.with(List.of(), text, 0, text.length()));
    }
}
