package org.exchangeatlas.extract.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exchangeatlas.source.Span;
import org.junit.jupiter.api.Test;

class VenueInChinaTest {
    private final VenueInChina venues = new VenueInChina(ReportHarness.MATCHER);

    private boolean in(String s) {
        return venues.in(s, new Span(0, s.length()));
    }

    @Test
    void aPlaceInChinaWhereOneProgramIsHeld() {
        assertTrue(in("Officials spent ten days this month at a training course in the Chinese city of Xiamen."));
        assertTrue(in("The opening ceremony was held in the Academic Exchange Center of our university."));
        assertTrue(in("A workshop opened on Monday at Guangxi University."));
        assertTrue(in("Twenty officials will depart for China on Sunday to attend the seminar."));
        assertFalse(in("They discussed trade with China's ministry."));
    }

    @Test
    void notProgramsInGeneralNorAPlaceWithoutAnEvent() {
        assertFalse(in("Many were hosted by provincial police academies in Yunnan and Guangxi."));
        assertFalse(in("The ministry has an office in Beijing."));
    }

    @Test
    void aCeremonyHeldAtATeachingInstitutionByItsNameButNotOneAbroadOrOnline() {
        assertTrue(in("The opening ceremony of the seminar was held at Minjiang Polytechnic University."));
        assertTrue(in("The ceremony was held on the morning of May 6 in the Lotus Hall of Lijiang College of Tourism."));
        assertFalse(in("The seminar opened at the University of Ghana in Accra."));
        assertFalse(in("The online seminar opened at Minjiang Polytechnic University with participants joining by video link."));
    }
}
