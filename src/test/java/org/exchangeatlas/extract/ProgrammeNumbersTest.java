package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The programmes a requirement's clause is restricted to, in clauses written for this test. */
class ProgrammeNumbersTest {
    @Test
    void numbersRangesAndRomanNumeralsAfterAProgrammeWord() {
        assertEquals(Set.of(1, 2, 3), ProgrammeNumbers.in("Candidates for Programmes 01–03 must be medically fit."));
        assertEquals(Set.of(1, 2), ProgrammeNumbers.in("Applicants for the residential programmes (i) and (ii) must not be older than 45."));
        assertEquals(Set.of(1, 2), ProgrammeNumbers.in("Nominees should have a good command of English (Programmes 1 and 2)."));
        assertEquals(Set.of(4), ProgrammeNumbers.in("For programme (iv), technicians may also apply."));
    }

    @Test
    void anExceptionInBracketsOrNoNumberRestrictsNothing() {
        assertEquals(Set.of(), ProgrammeNumbers.in("Age should not exceed 45 years (50 years for Programme 01)."));
        assertEquals(Set.of(), ProgrammeNumbers.in("All programmes are taught in English."));
    }
}
