package org.exchangeatlas.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;

/**
 * What differs between notices in one language and another: how a title, a year, a date range,
 * a list of names, a participant count and a negation are written. The {@link NoticeExtractor}
 * does the rest (fields, vocabulary matching, claims) the same way for every language.
 */
public interface NoticeGrammar {
    /** The BCP 47 tag of the notices this grammar reads ({@code zh}, {@code en}). */
    String language();

    /** The program title in {@code text[from, to)} (one line, or a title field), if any. */
    Optional<TitleFinder.Title> title(String text, int from, int to);

    /** Where the title states its year (the span of "2021年" or "2021"), if it does. */
    Optional<Span> year(String text, Span title);

    /** The first date range in {@code text[from, to)}; {@code defaultYear} fills a missing year. */
    Optional<DateRange> dates(String text, int from, int to, Optional<Integer> defaultYear);

    /** What separates one organization's name from the next in an organizer or host field. */
    Pattern nameSeparators();

    /** Whether the words around {@code text[start, end)} deny it (不组织学员来华, "not held in China"). */
    boolean negated(String text, int start, int end);

    /**
     * The span of the participant count (its digits first) in {@code text[from, to)}, if stated.
     *
     * @param countField whether the text is a count field ("Number of participants: 25"), where a
     *                   bare number is the count; elsewhere the number needs its unit (25人, 25 participants)
     */
    Optional<Span> participantCount(String text, int from, int to, boolean countField);

    /** Whether delivery may be read from the notice's prose when no field or title states it. */
    boolean readsDeliveryFromBody();
}
