package org.exchangeatlas.extract;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.source.Span;

/**
 * The year of a notice's program and the passage that states it. It is part of the program's key
 * and fills the dates that leave their year out, so it is settled before any field is read: the
 * title's year, else the start of the dates field.
 *
 * @param year the year
 * @param span where the title states it (2021年), or the start date of the dates field
 */
record NoticeYear(int year, Span span) {

    /** The year the title states, else the year the dates field starts in, if either does. */
    static Optional<NoticeYear> of(NoticeText notice, Span title, List<NoticeField> fields) {
        String text = notice.text();
        NoticeGrammar grammar = notice.grammar();
        Optional<NoticeYear> inTitle = grammar.year(text, title)
                .map(s -> new NoticeYear(Integer.parseInt(s.of(text).replaceAll("\\D", "")), s));
        Optional<DateRange> dates = fields.stream().filter(f -> "dates".equals(f.kind())).findFirst()
                .flatMap(f -> grammar.dates(text, f.content().start(), f.content().end(), Optional.empty()));
        if (inTitle.isEmpty() && dates.isPresent()) {
            return Optional.of(new NoticeYear(dates.get().start().getYear(), dates.get().startSpan()));
        }
        return inTitle;
    }
}
