package org.exchangeatlas.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold file with its values resolved to the keys the atlas's facts compare by.
 *
 * @param file        the gold file
 * @param programs    its programs' values, per field by key
 * @param engagements its engagements by key
 * @param absent      what must not appear, per field by key
 */
record ResolvedGold(GoldFile file, List<Program> programs, Map<String, GoldValue> engagements,
                    Map<Field, Map<String, GoldValue>> absent) {

    /** A gold program's values, per field by key (a value written twice counts once). */
    record Program(GoldProgram source, Map<Field, Map<String, GoldValue>> values) {
        Program {
            Map<Field, Map<String, GoldValue>> copy = new EnumMap<>(Field.class);
            values.forEach((f, v) -> copy.put(f, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
            values = Collections.unmodifiableMap(copy);
        }

        Map<String, GoldValue> of(Field field) {
            return values.getOrDefault(field, Map.of());
        }

        /** How it is named in the report: its title, else its place in the gold file. */
        String label() {
            return source.title() != null ? source.title() : "programs[" + source.index() + "]";
        }
    }

    ResolvedGold {
        programs = List.copyOf(programs);
    }

    /** Whether {@code key} of {@code field} is one that must not appear. */
    boolean forbids(Field field, String key) {
        return absent.getOrDefault(field, Map.of()).containsKey(key);
    }
}
