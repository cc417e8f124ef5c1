package org.exchangeatlas.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A program of a document as the atlas states it: its facts per field, each value once.
 *
 * @param iri   the program's IRI
 * @param label its title, or its label where it has none
 * @param facts per field, the stated values by key, in the order of their passages
 */
public record ExtractedProgram(String iri, String label, Map<Field, Map<String, Stated>> facts) {
    public ExtractedProgram {
        Map<Field, Map<String, Stated>> copy = new EnumMap<>(Field.class);
        facts.forEach((f, v) -> copy.put(f, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        facts = Collections.unmodifiableMap(copy);
    }

    /** The stated values of {@code field} by key (none: empty). */
    public Map<String, Stated> of(Field field) {
        return facts.getOrDefault(field, Map.of());
    }
}
