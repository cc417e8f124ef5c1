package org.exchangeatlas.extract.coded;

import java.util.List;
import org.exchangeatlas.source.Span;

/**
 * One cell of a coded table: the stretches of the document text that hold its value (one for a
 * CSV cell or a JSON string, one per element for a JSON list) and how to read them. The spans are
 * the raw characters, so a claim's {@code oa:exact} is what the file says; {@link #encoding}
 * turns raw characters into the value ({@code ""} in a quoted CSV cell, {@code \u00e9} in JSON).
 *
 * @param items    the raw stretches, in order; empty for an empty cell or a JSON {@code null}
 * @param encoding how the raw characters encode the value
 */
record Cell(List<Span> items, Encoding encoding) {
    public Cell {
        items = List.copyOf(items);
    }

    /** How raw characters of a cell encode its value. */
    public enum Encoding {
        /** As written: an unquoted CSV cell, a JSON number or boolean. */
        PLAIN,
        /** Inside the quotes of a CSV cell: {@code ""} stands for one quote. */
        CSV_QUOTED,
        /** Inside the quotes of a JSON string: backslash escapes. */
        JSON_STRING;

        /** The value of the raw characters {@code raw}. */
        public String decode(String raw) {
            return switch (this) {
                case PLAIN -> raw;
                case CSV_QUOTED -> raw.replace("\"\"", "\"");
                case JSON_STRING -> JsonTable.unescape(raw);
            };
        }
    }
}
