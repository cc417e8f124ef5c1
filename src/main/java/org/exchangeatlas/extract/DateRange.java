package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Chinese date range such as 2021年9月6日至9月26日, 2022年3月1日—3月14日 or
 * 2018年10月12日至2018年11月1日: the start names a month and day (its year may come from the
 * program), the end may leave out year and month.
 *
 * @param start     the first day
 * @param startSpan where it is written
 * @param end       the last day, if a range
 * @param endSpan   where the end is written
 */
public record DateRange(LocalDate start, Span startSpan, Optional<LocalDate> end, Optional<Span> endSpan) {
    /** A month's or a day's number, in digits or in Chinese numerals (十一月七日, as reprints write them). */
    private static final String N = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /** A year in digits or in Chinese numerals (二〇二五年, as reprints write it). */
    private static final String Y = "((?:19|20)\\d{2}|[一二][〇零○一二三四五六七八九]{3})";
    private static final Pattern START = Pattern.compile("(?:" + Y + "\\s*年\\s*)?" + N + "\\s*月\\s*" + N + "\\s*日");
    private static final Pattern END = Pattern.compile("^\\s*(?:起)?\\s*(?:至|到|—+|–|-|~|～|－)\\s*(?:" + Y + "\\s*年\\s*)?(?:"
            + N + "\\s*月\\s*)?" + N + "\\s*日");

    /** Written as the dates a revision replaces: 原定于A举办, 由A调整为B (A is replaced). */
    private static final Pattern REPLACED_BEFORE = Pattern.compile("(?:原定于|原定|原计划于|原)\\s*$");
    private static final Pattern FROM_BEFORE = Pattern.compile("由\\s*$");
    private static final Pattern CHANGED_AFTER = Pattern.compile("^\\s*(?:举办)?\\s*(?:调整|改为|改至|变更|推迟|延期|顺延|提前)");

    /**
     * The first date range in {@code text[from, to)} that is not written as the one a revision
     * replaces (原定于9月10日至9月30日举办; 由9月10日至9月30日调整为10月15日至11月4日: the second).
     */
    public static Optional<DateRange> findCurrent(String text, int from, int to, Optional<Integer> defaultYear) {
        int at = from;
        while (at < to) {
            Optional<DateRange> r = find(text, at, to, defaultYear);
            if (r.isEmpty()) {
                return r;
            }
            int start = r.get().startSpan().start();
            int end = r.get().endSpan().orElse(r.get().startSpan()).end();
            String before = text.substring(Math.max(from, start - 5), start);
            boolean replaced = REPLACED_BEFORE.matcher(before).find()
                    || FROM_BEFORE.matcher(before).find() && CHANGED_AFTER.matcher(text).region(end, to).lookingAt();
            if (!replaced) {
                return r;
            }
            at = end;
        }
        return Optional.empty();
    }

    /** The first date range in {@code text[from, to)}; {@code defaultYear} fills a missing year. */
    public static Optional<DateRange> find(String text, int from, int to, Optional<Integer> defaultYear) {
        Matcher s = START.matcher(text).region(from, to);
        while (s.find()) {
            Optional<Integer> year = s.group(1) != null ? Optional.of(year(s.group(1))) : defaultYear;
            if (year.isEmpty()) {
                continue;
            }
            Optional<LocalDate> start = date(year.get(), number(s.group(2)), number(s.group(3)));
            if (start.isEmpty()) {
                continue;
            }
            Matcher e = END.matcher(text).region(s.end(), to);
            Optional<LocalDate> end = Optional.empty();
            Optional<Span> endSpan = Optional.empty();
            if (e.find()) {
                int y = e.group(1) != null ? year(e.group(1)) : start.get().getYear();
                int m = e.group(2) != null ? number(e.group(2)) : start.get().getMonthValue();
                end = date(y, m, number(e.group(3)));
                if (e.group(1) == null && e.group(2) != null && m < start.get().getMonthValue()) {
                    // 12月28日至1月5日: an end without a year in an earlier month is in the next year
                    end = date(y + 1, m, number(e.group(3)));
                }
                if (end.isPresent() && end.get().isBefore(start.get())) {
                    // a range that ends before it starts is a slip of the pen: the start alone is sure
                    end = Optional.empty();
                }
                int endStart = e.start(1) >= 0 ? e.start(1) : e.start(2) >= 0 ? e.start(2) : e.start(3);
                endSpan = end.map(x -> new Span(endStart, e.end()));
            }
            return Optional.of(new DateRange(start.get(), new Span(s.start(), s.end()), end, endSpan));
        }
        return Optional.empty();
    }

    /** 2025, or 二〇二五 (each numeral a digit); what else the span holds (年, spaces) is passed over. */
    public static int year(String s) {
        if (s.chars().anyMatch(Character::isDigit)) {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        }
        int y = 0;
        for (char c : s.toCharArray()) {
            int digit = "〇一二三四五六七八九".indexOf(c == '零' || c == '○' ? '〇' : c);
            if (digit >= 0) {
                y = y * 10 + digit;
            }
        }
        return y;
    }

    /** 7, 十一 (11), 二十 (20), 二十一 (21); 0 for what is no number of a date. */
    public static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) + 1 : 0;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digits.indexOf(s.charAt(0)) + 1 : 0;
        int units = ten == s.length() - 1 ? 0 : s.length() - ten == 2 ? digits.indexOf(s.charAt(ten + 1)) + 1 : -100;
        return tens * 10 + units;
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
