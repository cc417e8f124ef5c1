package org.exchangeatlas.extract.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.DateRange;
import org.exchangeatlas.extract.EnglishDateRange;
import org.exchangeatlas.source.Span;

/**
 * The days a sentence of English reporting gives its program: a range ("ran from 4 to 13
 * September", "October 22 to November 7, 2019"), an opening day ("opened on October 11", "the
 * opening ceremony ... on 10 October") or a closing day ("concluded on December 7", "runs until 25
 * September", "the closing ceremony ... was held on November 25, 2021"). A day written without its
 * year takes the year the article gives the program, else the first full date of the article (its
 * dateline). Nothing is guessed from a weekday ("on Tuesday").
 */
final class EnglishProseDates {
    /** A day and where it is written. */
    record Day(LocalDate date, Span span) {}

    /** What a clause states: an opening day, a closing day, either or both. */
    record Stated(Optional<Day> start, Optional<Day> end) {
        static final Stated NONE = new Stated(Optional.empty(), Optional.empty());
    }

    private static final String MONTH = "(" + org.exchangeatlas.extract.EnglishDateRange.MONTH_NAMES
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String TO = "\\s*(?:to|until|till|through|-|–|—)\\s*";
    /** 4 to 13 September / 22 October to 7 November. */
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)(?<![\\w])" + DAY + "(?:\\s+" + MONTH + ")?" + TO + DAY + "\\s+" + MONTH + "(?![\\w])");
    /** September 4 to 13 / October 22 to November 7. */
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)(?<![\\w])" + MONTH + "\\s+" + DAY + TO + "(?:" + MONTH + "\\s+)?" + DAY + "(?![\\w])");
    /** One day: 11 October / October 11. */
    private static final Pattern ONE_DAY = Pattern.compile("(?i)(?<![\\w])(?:" + DAY + "\\s+" + MONTH + "|" + MONTH + "\\s+" + DAY + ")(?!\\s*[-–]\\s*\\d)(?![\\w])");
    private static final Pattern OPENING = Pattern.compile("(?i)\\b(?:opened|opens|began|begins|started|starts|kicked off|opening ceremony|got under way|launched)\\b");
    private static final Pattern CLOSING = Pattern.compile("(?i)\\b(?:closed|closes|concluded|concludes|ended|ends|wrapped up|closing ceremony|until|completed|graduation)\\b");

    private EnglishProseDates() {}

    /** What {@code text[clause]} states of its program's days; {@code year} fills a day written without one. */
    static Stated in(String text, Span clause, Optional<Integer> year) {
        Optional<DateRange> full = EnglishDateRange.find(text, clause.start(), clause.end());
        if (full.isPresent() && full.get().end().isPresent()) {
            DateRange r = full.get();
            return new Stated(Optional.of(new Day(r.start(), r.startSpan())), Optional.of(new Day(r.end().get(), r.endSpan().get())));
        }
        if (year.isPresent()) {
            Optional<Stated> range = range(text, clause, year.get());
            if (range.isPresent()) {
                return range.get();
            }
        }
        Optional<Day> one = full.map(r -> new Day(r.start(), r.startSpan())).or(() -> year.flatMap(y -> oneDay(text, clause, y)));
        if (one.isEmpty()) {
            return Stated.NONE;
        }
        String before = text.substring(clause.start(), one.get().span().start());
        boolean closing = CLOSING.matcher(before).find();
        boolean opening = OPENING.matcher(before).find();
        return closing && !opening ? new Stated(Optional.empty(), one)
                : opening && !closing ? new Stated(one, Optional.empty()) : Stated.NONE;
    }

    private static Optional<Stated> range(String text, Span clause, int year) {
        Matcher d = DAY_FIRST.matcher(text).region(clause.start(), clause.end());
        if (d.find()) {
            Month m2 = month(d.group(4));
            Month m1 = d.group(2) != null ? month(d.group(2)) : m2;
            return both(year, m1, d.group(1), m2, d.group(3), new Span(d.start(), d.end()));
        }
        Matcher m = MONTH_FIRST.matcher(text).region(clause.start(), clause.end());
        if (m.find()) {
            Month m1 = month(m.group(1));
            Month m2 = m.group(3) != null ? month(m.group(3)) : m1;
            return both(year, m1, m.group(2), m2, m.group(4), new Span(m.start(), m.end()));
        }
        return Optional.empty();
    }

    private static Optional<Stated> both(int year, Month m1, String d1, Month m2, String d2, Span span) {
        Optional<LocalDate> start = date(year, m1, d1);
        Optional<LocalDate> end = date(year, m2, d2);
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new Stated(Optional.of(new Day(start.get(), span)), Optional.of(new Day(end.get(), span))));
    }

    private static Optional<Day> oneDay(String text, Span clause, int year) {
        Matcher m = ONE_DAY.matcher(text).region(clause.start(), clause.end());
        if (!m.find()) {
            return Optional.empty();
        }
        String day = m.group(1) != null ? m.group(1) : m.group(4);
        String month = m.group(2) != null ? m.group(2) : m.group(3);
        return date(year, month(month), day).map(d -> new Day(d, new Span(m.start(), m.end())));
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(n) && n.length() >= 3) {
                return m;
            }
        }
        return null;
    }

    private static Optional<LocalDate> date(int year, Month month, String day) {
        if (month == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
