package org.exchangeatlas.extract;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.source.Span;

/**
 * The year of a notice's program and the passage that states it. It is part of the program's key
 * and fills the dates that leave their year out, so it is settled before any field is read: the
 * title's year, else the start of the dates field, else the year of the month the dates field
 * opens with (2026年6月).
 *
 * @param year the year
 * @param span where the title states it (2021年), or the start date of the dates field
 */
record NoticeYear(int year, Span span) {
    /** A year and a month that open a dates field (2026年6月, 2026年下半年). */
    private static final java.util.regex.Pattern YEAR_AND_MONTH = java.util.regex.Pattern.compile(
            "^\\s*((?:19|20)\\d{2})\\s*年(?=\\s*(?:\\d{1,2}\\s*月|[上下]半年|[一二三四]季度|第[一二三四]季度))");

    /** The year the title states, else the year the dates field starts in, if either does. */
    static Optional<NoticeYear> of(NoticeText notice, Span title, List<NoticeField> fields) {
        String text = notice.text();
        NoticeGrammar grammar = notice.grammar();
        Optional<NoticeYear> inTitle = grammar.year(text, title)
                .map(s -> new NoticeYear(Integer.parseInt(s.of(text).replaceAll("\\D", "")), s));
        // the first dates field that states dates: a heading "二、时间与地点" over "培训时间：…" states none
        Optional<DateRange> dates = fields.stream().filter(f -> f.kind() == FieldKind.DATES)
                .flatMap(f -> grammar.dates(text, f.content().start(), f.content().end(), Optional.empty()).stream()).findFirst();
        if (inTitle.isEmpty() && dates.isPresent()) {
            return Optional.of(new NoticeYear(dates.get().start().getYear(), dates.get().startSpan()));
        }
        if (inTitle.isEmpty()) { // 计划时间：2026年6月，14天: a month of a year, not a day
            return fields.stream().filter(f -> f.kind() == FieldKind.DATES).findFirst().flatMap(f -> {
                java.util.regex.Matcher m = YEAR_AND_MONTH.matcher(text).region(f.content().start(), f.content().end());
                return m.find() ? Optional.of(new NoticeYear(Integer.parseInt(m.group(1)), new Span(m.start(1), m.end()))) : Optional.empty();
            });
        }
        return inTitle;
    }
}
