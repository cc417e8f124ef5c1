package org.exchangeatlas.extract.news;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.DateRange;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.LabelNormalizer;

/**
 * Years and dates as prose gives them: the year a title begins with (2019年…, or 2016 without 年),
 * a full date in a sentence (2019年5月10日, 2019-05-10), and the page's dateline (发布时间：
 * 2019-05-12), read from the whole text since datelines are often page furniture.
 */
final class DatesInProse {
    private static final Pattern TITLE_YEAR = Pattern.compile("^\\s*((?:19|20)\\d{2})(?:\\s*年(?!\\s*\\d{1,2}\\s*月)|(?=[^\\d年]))");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d))"
            + "|([一二][〇零○一二三四五六七八九]{3})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"); // 二〇二三年十一月十九日
    private static final Pattern DATELINE = Pattern.compile(
            "(?:发布时间|发布日期|发表时间|发表日期|更新时间|日期|时间|Date|Published|Posted)\\s*[：:]\\s*((?:19|20)\\d{2})\\s*[-/.年]");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    /** A revision in prose: 原定于6月7日举办的……调整至7月5日, 推迟至, 改为. */
    private static final Pattern WAS_PLANNED = Pattern.compile("原定|原计划|原拟");
    private static final Pattern REVISED_TO = Pattern.compile("调整至|调整为|调整到|推迟至|推迟到|延期至|延期到|延至|改至|改为|改在|变更为|更改为|提前至");
    /** A sentence of an opening (its date is the first day) or of a closing (the last day). */
    private static final Pattern OPENING = Pattern.compile("开班|开幕|开学|开营|启动仪式");
    private static final Pattern CLOSING = Pattern.compile("结业|闭幕|结课|结束|持续至|持续到");

    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;]");
    /** A sentence about a visit or field study of the program's trainees. */
    private static final Pattern VISIT = Pattern.compile("赴|前往|考察|参观|现场教学|实地教学|走访");
    /** A sentence that says when the program itself is held. */
    private static final Pattern HELD = Pattern.compile("举办|举行|培训时间|研修时间");
    /** A news agency's or paper's dateline opening a sentence: 本报南宁3月19日电, 中新网济南4月16日电, 新华社北京5月8日讯. */
    private static final Pattern NEWS_DATELINE = Pattern.compile("^[^。，,]{0,24}?(\\d{1,2})月(\\d{1,2})日\\s*[电讯][^。，,]{0,24}?[）)\\s]");
    /** A day without its month: 18日 (not 3月18日, not 18日电). */
    private static final Pattern BARE_DAY = Pattern.compile(
            "(?:(?<=本月)|(?<![\\d月一二三四五六七八九十]))(\\d{1,2}|[一二三四五六七八九十]{1,3})日(?![电讯電訊])");
    /** How long a program lasts, in days: 为期21天, 历时14天, 共21天. */
    private static final Pattern LASTING = Pattern.compile("(?:为期|历时|共计|共)\\s*([\\d一二三四五六七八九十两]{1,4})\\s*天");
    private static final int MAX_DAYS = 120;

    private static final int HEADING_LINES = 3;

    private DatesInProse() {}

    /** The span of the year a title states: 2019年 anywhere in it, or 2016 at its start. */
    static Optional<Span> titleYear(String text, Span title) {
        Optional<Span> y = firstGroup(YEAR_IN_TITLE, text, title.start(), title.end());
        return y.isPresent() ? y : firstGroup(TITLE_YEAR, text, title.start(), title.end());
    }

    /** The span of the year of the first full date in {@code text[from, to)}. */
    static Optional<Span> dateYear(String text, int from, int to) {
        return firstGroup(FULL_DATE, text, from, to);
    }

    /** The span of the year the page's heading (its first lines) names, 2024年 not of a date. */
    static Optional<Span> headingYear(String text) {
        return firstGroup(YEAR_IN_TITLE, text, 0, headingEnd(text));
    }

    /** The year the page was written: its labelled dateline's, else that of a full date in its first lines. */
    static Optional<Integer> pageYear(String text, String fullText) {
        return datelineYear(fullText).map(y -> y.of(fullText)).or(() -> dateYear(text, 0, headingEnd(text)).map(y -> y.of(text)))
                .map(DateRange::year);
    }

    private static int headingEnd(String text) {
        int end = 0;
        for (int lines = 0; lines < HEADING_LINES && end < text.length(); ) {
            int next = text.indexOf('\n', end);
            next = next < 0 ? text.length() : next;
            lines += text.substring(end, next).isBlank() ? 0 : 1;
            end = next + 1;
        }
        return Math.min(end, text.length());
    }

    /** The span of the dateline's year in the whole text (furniture included). */
    static Optional<Span> datelineYear(String fullText) {
        return firstGroup(DATELINE, fullText, 0, fullText.length());
    }

    /** A day a text states, and where. */
    record Dated(LocalDate date, Span span) {}

    /** The first and last day a sentence states, each if it does. */
    record Stated(Optional<Dated> start, Optional<Dated> end) {
        static final Stated NONE = new Stated(Optional.empty(), Optional.empty());
    }

    /**
     * The days a sentence states: a date range (5月10日至5月30日); else the day of an opening it
     * reports (the first day) or of a closing (the last day); other dates (a visit, a talk) none.
     */
    static Stated dates(String text, Span sentence, Optional<Integer> year) {
        Optional<Span> revised = revision(text, sentence);
        if (revised.isPresent()) {
            Optional<DateRange> r = DateRange.find(text, revised.get().end(), sentence.end(), year);
            return r.map(x -> new Stated(Optional.of(new Dated(x.start(), x.startSpan())),
                    x.end().map(e -> new Dated(e, x.endSpan().get())))).orElse(Stated.NONE);
        }
        String folded = LabelNormalizer.fold(sentence.of(text));
        Matcher dateline = NEWS_DATELINE.matcher(folded);
        Optional<DateRange> d;
        if (dateline.lookingAt() && year.isPresent()) { // 本报南宁3月19日电 …“…”18日在南宁开班: the day of the report is not the program's
            Span rest = new Span(sentence.start() + dateline.end(), sentence.end());
            d = firstRange(text, rest, year).or(() -> bareDay(text, rest, year.get(),
                    Integer.parseInt(dateline.group(1)), Integer.parseInt(dateline.group(2))));
        } else {
            d = firstRange(text, sentence, year);
            if (d.isEmpty() && year.isPresent() && BARE_DAY.matcher(folded).find()) { // 十日在长沙开班, under a page dated 2025年03月11日
                d = pageDate(text).flatMap(p -> bareDay(text, sentence, p.getYear(), p.getMonthValue(), p.getDayOfMonth()));
            }
        }
        if (d.isEmpty() || VISIT.matcher(folded).find() && !OPENING.matcher(folded).find() && !CLOSING.matcher(folded).find()
                && !HELD.matcher(folded).find()) {
            return Stated.NONE; // 6月18日至21日，学员赴甘肃开展现场教学: the days of a visit, not of the program
        }
        Optional<Dated> first = Optional.of(new Dated(d.get().start(), d.get().startSpan()));
        if (d.get().end().isPresent()) {
            return new Stated(first, Optional.of(new Dated(d.get().end().get(), d.get().endSpan().get())));
        }
        boolean closing = CLOSING.matcher(folded).find();
        boolean opening = OPENING.matcher(folded).find();
        if (closing && !opening) {
            return new Stated(Optional.empty(), first);
        }
        if (closing) {
            return byClause(text, sentence, year); // 于10月7日开班，至10月27日结束
        }
        return opening ? new Stated(first, lasting(text, sentence, first.get())) : Stated.NONE;
    }

    /** How far from the top a page's own date stands (2025年03月11日 星期二). */
    private static final int PAGE_DATE_REACH = 200;

    /** The page's date: its first full date near the top, if it has one. */
    private static Optional<java.time.LocalDate> pageDate(String text) {
        return org.exchangeatlas.extract.DateRange.find(text, 0, Math.min(text.length(), PAGE_DATE_REACH), Optional.empty())
                .map(org.exchangeatlas.extract.DateRange::start);
    }

    /**
     * A day written without its month after a dateline (18日在南宁开班): in the dateline's month, or
     * the month before when the day is later than the dateline's.
     */
    private static Optional<DateRange> bareDay(String text, Span rest, int year, int month, int datelineDay) {
        Matcher m = BARE_DAY.matcher(text).region(rest.start(), rest.end());
        if (!m.find()) {
            return Optional.empty();
        }
        int day = org.exchangeatlas.extract.DateRange.number(m.group(1)); // 18日, 十日
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        boolean thisMonth = m.start() >= 2 && text.startsWith("本月", m.start() - 2); // 持续至本月二十一日
        if (day > datelineDay && !thisMonth) {
            ym = ym.minusMonths(1);
        }
        if (day < 1 || day > ym.lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(ym.atDay(day), new Span(m.start(), m.end()), Optional.empty(), Optional.empty()));
    }

    /** Each clause's first date, the first day where the clause opens and the last where it closes. */
    private static Stated byClause(String text, Span sentence, Optional<Integer> year) {
        Optional<Dated> start = Optional.empty();
        Optional<Dated> end = Optional.empty();
        for (Span clause : org.exchangeatlas.extract.Clauses.between(text, sentence, CLAUSE_END)) {
            Optional<DateRange> d = DateRange.find(text, clause.start(), clause.end(), year);
            String c = LabelNormalizer.fold(clause.of(text));
            if (d.isEmpty()) {
                continue;
            }
            Dated day = new Dated(d.get().start(), d.get().startSpan());
            if (OPENING.matcher(c).find() && start.isEmpty()) {
                start = Optional.of(day);
            } else if (CLOSING.matcher(c).find() && end.isEmpty()) {
                end = Optional.of(day);
            }
        }
        return new Stated(start, end);
    }

    /** The last day of a program that opened on {@code first} and lasts N days (为期21天, 历时14天): its N-th day. */
    private static Optional<Dated> lasting(String text, Span sentence, Dated first) {
        Matcher m = LASTING.matcher(text).region(sentence.start(), sentence.end());
        if (!m.find()) {
            return Optional.empty();
        }
        java.util.OptionalInt n = org.exchangeatlas.extract.prose.NumberWords.parse(m.group(1));
        return n.isPresent() && n.getAsInt() > 1 && n.getAsInt() <= MAX_DAYS
                ? Optional.of(new Dated(first.date().plusDays(n.getAsInt() - 1L), new Span(m.start(), m.end())))
                : Optional.empty();
    }

    /** The sentence's first date range (3月18日至4月7日), else its first date (a dateline's day may come before the range). */
    private static Optional<DateRange> firstRange(String text, Span sentence, Optional<Integer> year) {
        Optional<DateRange> first = DateRange.find(text, sentence.start(), sentence.end(), year);
        Optional<DateRange> d = first;
        while (d.isPresent() && d.get().end().isEmpty()) {
            d = DateRange.find(text, d.get().startSpan().end(), sentence.end(), year);
        }
        return d.isPresent() ? d : first;
    }

    /**
     * Where a sentence revises what was planned (原定于……调整至): the span of its cue (调整至), whose
     * dates are the new ones; the planned dates before it are no facts.
     */
    static Optional<Span> revision(String text, Span sentence) {
        Matcher planned = WAS_PLANNED.matcher(text).region(sentence.start(), sentence.end());
        if (!planned.find()) {
            return Optional.empty();
        }
        Matcher to = REVISED_TO.matcher(text).region(planned.end(), sentence.end());
        return to.find() ? Optional.of(new Span(to.start(), to.end())) : Optional.empty();
    }

    private static Optional<Span> firstGroup(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        if (!m.find()) {
            return Optional.empty();
        }
        int g = 1;
        while (m.start(g) < 0 && g < m.groupCount()) {
            g++; // the first group that took part: the year in digits or in numerals
        }
        return Optional.of(new Span(m.start(g), m.end(g)));
    }
}
