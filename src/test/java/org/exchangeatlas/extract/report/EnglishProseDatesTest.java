package org.exchangeatlas.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.exchangeatlas.source.Span;
import org.junit.jupiter.api.Test;

class EnglishProseDatesTest {
    private static String read(String sentence, Integer year) {
        EnglishProseDates.Stated d = EnglishProseDates.in(sentence, new Span(0, sentence.length()), Optional.ofNullable(year));
        return d.start().map(x -> x.date().toString()).orElse("-") + " " + d.end().map(x -> x.date().toString()).orElse("-");
    }

    @Test
    void rangesWithAndWithoutTheirYear() {
        assertEquals("2023-09-04 2023-09-13", read("The seminar ran from 4 to 13 September and was implemented by a university.", 2023));
        assertEquals("2019-10-22 2019-11-07", read("It runs from October 22 to November 7, 2019.", null));
        assertEquals("2021-06-28 2021-07-09", read("The course lasts from June 28 to July 9.", 2021));
    }

    @Test
    void anOpeningOrAClosingDayAloneAndNoWeekday() {
        assertEquals("2016-10-11 -", read("The seminar opened on October 11 at the university.", 2016));
        assertEquals("- 2016-12-07", read("The course concluded on December 7 in Addis Ababa.", 2016));
        assertEquals("- 2017-09-25", read("The seminar runs until 25 September.", 2017));
        assertEquals("- -", read("The seminar opened on Tuesday in Ningbo.", 2017));
        assertEquals("- -", read("A delegation visited on 3 May.", 2017), "a day of no opening or closing says nothing");
    }
}
