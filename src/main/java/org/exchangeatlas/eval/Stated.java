package org.exchangeatlas.eval;

import java.util.Set;

/**
 * One fact a document states, read from its claims: when several claims state it, the passage
 * shown is the first in the text, and the rules are those of all of them.
 *
 * @param field   the field it belongs to
 * @param subject the IRI of its subject (a program, or a body for an engagement)
 * @param key     its object in the form gold values are compared in ({@link ValueKeys})
 * @param shown   its object as a person reads it (a label, a date)
 * @param start   the first claim's {@code oa:start}
 * @param end     the first claim's {@code oa:end}
 * @param exact   the first claim's {@code oa:exact}
 * @param rules   the rules whose claims state it ({@code atlas:extractedBy}); empty if none is named
 */
public record Stated(Field field, String subject, String key, String shown, int start, int end, String exact,
                     Set<String> rules) {
    public Stated {
        rules = Set.copyOf(rules);
    }
}
