package org.exchangeatlas.vocab;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vocabulary entry the extractors can name: a body, country, group, role, topic and so on.
 *
 * @param iri        the concept's IRI
 * @param schemes    the {@code skos:inScheme} values, which say what kind of thing it is
 * @param prefLabels {@code skos:prefLabel} by language tag
 * @param programProperty the program property its scheme gives a program it is named for
 *                   ({@code vocab/scheme-properties.ttl}), if any
 */
public record Concept(String iri, Set<String> schemes, Map<String, String> prefLabels, Optional<String> programProperty) {
    public Concept {
        schemes = Set.copyOf(schemes);
        prefLabels = Map.copyOf(prefLabels);
    }

    /** A concept whose scheme gives no program property. */
    public Concept(String iri, Set<String> schemes, Map<String, String> prefLabels) {
        this(iri, schemes, prefLabels, Optional.empty());
    }

    public boolean inScheme(String scheme) {
        return schemes.contains(scheme);
    }

    public Optional<String> label(String lang) {
        return Optional.ofNullable(prefLabels.get(lang));
    }

    /** The English label, else any label, else the IRI's last segment. */
    public String displayLabel() {
        return label("en").or(() -> label("zh")).orElse(iri.substring(iri.lastIndexOf('/') + 1));
    }
}
