package org.exchangeatlas.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One program of a gold file: its values per field as written (numbers as their digits). A field
 * the analyst left out has no values: the document states none.
 *
 * @param index  its place in the gold file's {@code programs} (0-based), to name it in messages
 * @param values the values per field, each list in the order written
 */
public record GoldProgram(int index, Map<Field, List<String>> values) {
    public GoldProgram {
        Map<Field, List<String>> copy = new EnumMap<>(Field.class);
        values.forEach((f, v) -> copy.put(f, List.copyOf(v)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The values written for {@code field}; empty when it was left out. */
    public List<String> of(Field field) {
        return values.getOrDefault(field, List.of());
    }

    /** The title as written, or null. */
    public String title() {
        List<String> t = of(Field.TITLE);
        return t.isEmpty() ? null : t.get(0);
    }
}
