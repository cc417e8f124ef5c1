package org.exchangeatlas.extract.coded;

import org.exchangeatlas.source.Span;

/**
 * Where a cell's raw characters stand in the text, from what a streaming parser gives: the offset
 * at which the cell's token starts and the value it decoded. A claim quotes the raw characters
 * ({@code oa:exact}), so their stretch must be exact, and the parsers say only where a token
 * starts; the end follows from the value and the one escape each format has inside quotes.
 */
final class CellSpans {
    private CellSpans() {}

    /**
     * A cell's raw stretch and whether it was quoted.
     *
     * @param span   the characters between the quotes of a quoted cell, or the whole unquoted cell
     * @param quoted whether the cell was written in quotes (its {@code ""} stand for one quote)
     */
    record Raw(Span span, boolean quoted) {
        /** The cell's value, decoded from the raw characters in {@code text}. */
        String value(String text) {
            String raw = span.of(text);
            return quoted ? Cell.Encoding.CSV_QUOTED.decode(raw) : raw;
        }
    }

    /**
     * A CSV cell whose token starts at {@code start} and whose value is {@code value}. Unquoted, the
     * raw characters are the value itself; quoted, they follow the opening quote and write each quote
     * of the value twice. (An empty unquoted cell starts at the separator or line break after it.)
     */
    static Raw csv(String text, int start, String value) {
        boolean quoted = start < text.length() && text.charAt(start) == '"'
                && (!value.isEmpty() || start + 1 < text.length() && text.charAt(start + 1) == '"');
        if (!quoted) {
            return new Raw(new Span(start, start + value.length()), false);
        }
        int quotes = (int) value.chars().filter(c -> c == '"').count();
        return new Raw(new Span(start + 1, start + 1 + value.length() + quotes), true);
    }

    /**
     * A JSON string whose opening quote is at {@code open} and whose closing quote the parser has
     * just passed ({@code after}, the parser's offset once it has read the string): the characters
     * between the quotes, escapes as written.
     */
    static Span jsonString(int open, int after) {
        return new Span(open + 1, after - 1);
    }
}
