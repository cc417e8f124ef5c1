package org.exchangeatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntFunction;
import org.exchangeatlas.extract.Problem.Severity;
import org.junit.jupiter.api.Test;

/** The one formatter of a build's problems, and the line and column it gives a span's start. */
class SkippedTest {
    @Test
    void linesAndColumnsCountFromOneAndEndAtEachNewline() {
        IntFunction<Skipped.Position> at = Skipped.Position.in("ab\ncd\r\n\nef");
        assertEquals(new Skipped.Position(1, 1), at.apply(0));
        assertEquals(new Skipped.Position(1, 3), at.apply(2)); // the newline itself ends line 1
        assertEquals(new Skipped.Position(2, 1), at.apply(3));
        assertEquals(new Skipped.Position(2, 3), at.apply(5)); // a carriage return is a character of its line
        assertEquals(new Skipped.Position(3, 1), at.apply(7));
        assertEquals(new Skipped.Position(4, 2), at.apply(9));
        assertEquals(new Skipped.Position(4, 3), at.apply(99)); // past the end: the end
    }

    @Test
    void aProblemWithAPlaceIsPathLineColumnMessage() {
        Skipped s = new Skipped("notices/a.txt", "no date found", Severity.WARNING, new Skipped.Position(12, 5));
        assertEquals("notices/a.txt:12:5", s.where());
        assertEquals("notices/a.txt:12:5: no date found", s.toString());
    }

    @Test
    void aSkippedFileIsAnErrorWithoutAPlace() {
        Skipped s = new Skipped("broken/empty.txt", "empty file");
        assertEquals(Severity.ERROR, s.severity());
        assertEquals("broken/empty.txt: empty file", s.toString());
    }
}
