package org.exchangeatlas.extract;

import static org.exchangeatlas.extract.NoticeSchemes.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.Mention;

/**
 * The English label of a program, made from the concepts its title names, so that a program
 * read from a Chinese notice or news item has a label an English reader can use. Reached through
 * {@link NoticeExtractor#englishLabel}, which the news reader calls too.
 */
final class EnglishProgramLabel {
    private EnglishProgramLabel() {}

    /** "Seminar on TOPIC for ROLE from TARGET, YEAR", from the English labels of the title's concepts. */
    static String of(List<Mention> title, Optional<Integer> year) {
        Set<String> types = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Mention m : title) {
            Concept c = m.concept();
            String label = c.displayLabel();
            if (c.inScheme(TYPES)) {
                types.add(capitalize(label));
            } else if (c.inScheme(TOPICS)) {
                topics.add(label);
            } else if (c.inScheme(ROLES)) {
                roles.add(label);
            } else if (c.inScheme(GROUPS) || c.inScheme(COUNTRIES)) {
                targets.add(label);
            }
        }
        StringBuilder b = new StringBuilder(types.isEmpty() ? "Program" : String.join(" ", types));
        if (!topics.isEmpty()) {
            b.append(" on ").append(String.join(" and ", topics));
        }
        if (!roles.isEmpty()) {
            b.append(" for ").append(String.join(" and ", roles));
        }
        if (!targets.isEmpty()) {
            b.append(" from ").append(String.join(" and ", targets));
        }
        year.ifPresent(y -> b.append(", ").append(y));
        return b.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
