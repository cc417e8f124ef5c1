package org.exchangeatlas.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exchangeatlas.source.Span;

/**
 * Reads English date ranges as notices write them: "6–26 September 2021", "September 6 to 26,
 * 2021", "from 12 October 2018 to 1 November 2018", "10 October – 4 November 2024", "March 1-14,
 * 2022", or a single day. Month names come from the JDK's English locale data. Both the start and
 * the end claim quote the whole range, since either half alone may lack its month or year.
 */
public final class EnglishDateRange {
    /** The months' full English names as a regular expression's alternatives: "January|February|…|December". */
    public static final String MONTH_NAMES = java.util.Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(java.util.stream.Collectors.joining("|"));
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final String MONTH;
    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        MONTH = "(" + MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .collect(Collectors.joining("|")) + ")\\.?";
    }
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String TO = "\\s*(?:to|until|till|through|-|–|—|~)\\s*";

    /** Each shape, with the group numbers of its parts (0 where absent). */
    private record Shape(Pattern pattern, int d1, int m1, int y1, int d2, int m2, int y2) {}

    private static final Shape[] SHAPES = {
        // 12 October 2018 to 1 November 2018 / 10 October – 4 November 2024
        new Shape(p(DAY + "\\s+" + MONTH + "(?:\\s*,?\\s*" + YEAR + ")?" + TO + DAY + "\\s+" + MONTH + "\\s*,?\\s*" + YEAR), 1, 2, 3, 4, 5, 6),
        // October 12, 2018 to November 1, 2018 / September 6 to October 2, 2021
        new Shape(p(MONTH + "\\s+" + DAY + "(?:\\s*,\\s*" + YEAR + ")?" + TO + MONTH + "\\s+" + DAY + "\\s*,?\\s*" + YEAR), 2, 1, 3, 5, 4, 6),
        // 6–26 September 2021 / from 5 to 25 June 2019
        new Shape(p(DAY + TO + DAY + "\\s+" + MONTH + "\\s*,?\\s*" + YEAR), 1, 3, 4, 2, 3, 4),
        // September 6 to 26, 2021 / March 1-14, 2022
        new Shape(p(MONTH + "\\s+" + DAY + TO + DAY + "\\s*,?\\s*" + YEAR), 2, 1, 4, 3, 1, 4),
        // a single day: 15 May 2023 / May 15, 2023
        new Shape(p(DAY + "\\s+" + MONTH + "\\s*,?\\s*" + YEAR), 1, 2, 3, 0, 0, 0),
        new Shape(p(MONTH + "\\s+" + DAY + "\\s*,\\s*" + YEAR), 2, 1, 3, 0, 0, 0),
    };

    private EnglishDateRange() {}

    private static Pattern p(String regex) {
        return Pattern.compile("(?<![\\w])" + regex + "(?![\\w])", Pattern.CASE_INSENSITIVE);
    }

    /** The earliest date range in {@code text[from, to)}. */
    public static Optional<DateRange> find(String text, int from, int to) {
        DateRange best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(text).region(from, to);
            while (m.find()) {
                Optional<DateRange> r = read(m, shape);
                if (r.isPresent() && (m.start() < bestStart || (m.start() == bestStart && m.end() - m.start() > bestLength))) {
                    best = r.get();
                    bestStart = m.start();
                    bestLength = m.end() - m.start();
                }
                if (r.isPresent()) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<DateRange> read(Matcher m, Shape s) {
        int y2 = Integer.parseInt(m.group(s.y2() == 0 ? s.y1() : s.y2()));
        int y1 = s.y1() != 0 && m.group(s.y1()) != null ? Integer.parseInt(m.group(s.y1())) : y2;
        Optional<LocalDate> start = date(y1, month(m.group(s.m1())), Integer.parseInt(m.group(s.d1())));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Span whole = new Span(m.start(), m.end());
        if (s.d2() == 0) {
            return Optional.of(new DateRange(start.get(), whole, Optional.empty(), Optional.empty()));
        }
        Optional<LocalDate> end = date(y2, month(m.group(s.m2())), Integer.parseInt(m.group(s.d2())));
        if (end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(start.get(), whole, end, Optional.of(whole)));
    }

    private static Month month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static Optional<LocalDate> date(int y, Month m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
