package org.exchangeatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exchangeatlas.extract.DateRange;
import org.exchangeatlas.extract.EnglishDateRange;
import org.exchangeatlas.source.Span;

/**
 * Arbitrary text searched for Chinese and English date ranges over the whole text and over a
 * stretch of it (the first byte places the stretch): no exception, and the spans found lie within
 * the stretch searched.
 */
class DateRangeFuzzTest {
    /** Fuzzing found "9月7日至9月6日" read as a range ending before it starts. */
    @org.junit.jupiter.api.Test
    void aChineseRangeNeverEndsBeforeItStarts() {
        DateRange slip = range("9月7日至9月6日", Optional.of(2020));
        assertEquals(LocalDate.of(2020, 9, 7), slip.start());
        assertEquals(Optional.empty(), slip.end());
        assertEquals(Optional.empty(), slip.endSpan());
        DateRange newYear = range("2019年12月28日至1月5日", Optional.empty());
        assertEquals(LocalDate.of(2020, 1, 5), newYear.end().orElseThrow());
        DateRange explicit = range("2020年3月1日至2019年3月5日", Optional.empty());
        assertEquals(Optional.empty(), explicit.end());
    }

    private static DateRange range(String text, Optional<Integer> year) {
        return DateRange.find(text, 0, text.length(), year).orElseThrow();
    }

    @FuzzTest(maxDuration = FuzzDurations.PER_TARGET)
    void findsRangesWithinTheRegion(byte[] data) {
        FuzzInput in = FuzzInput.of(data);
        String text = in.text();
        int from = text.isEmpty() ? 0 : in.selector() % (text.length() + 1);
        for (int[] region : new int[][] {{0, text.length()}, {from, text.length()}, {0, from}}) {
            List<Span> spans = new ArrayList<>();
            DateRange.find(text, region[0], region[1], Optional.of(2020)).ifPresent(r -> collect(r, spans));
            DateRange.find(text, region[0], region[1], Optional.empty()).ifPresent(r -> collect(r, spans));
            EnglishDateRange.find(text, region[0], region[1]).ifPresent(r -> collect(r, spans));
            for (Span s : spans) {
                if (s.start() < region[0] || s.end() > region[1]) {
                    throw new AssertionError("span " + s + " outside the region searched ["
                            + region[0] + ", " + region[1] + ")");
                }
            }
        }
    }

    private static void collect(DateRange r, List<Span> spans) {
        spans.add(r.startSpan());
        r.endSpan().ifPresent(spans::add);
        if (r.end().isPresent() && r.end().get().isBefore(r.start())) {
            throw new AssertionError("range ends before it starts: " + r);
        }
    }
}
