package org.exchangeatlas.extract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of field a notice has, one for each concept of {@code ontology/vocab/notice-fields.ttl}
 * ({@code id/notice-field/SLUG}). The notice readers branch on these constants, not on slugs
 * written as strings, so a concept renamed in the vocabulary cannot silently disable a branch:
 * a slug no constant names fails loudly where its label is first resolved ({@link #ofSlug}), and
 * a test checks every concept of the scheme against this list.
 */
public enum FieldKind {
    TITLE("title"),
    ORGANIZER("organizer"),
    CO_ORGANIZER("co-organizer"),
    HOST("host"),
    DATES("dates"),
    DELIVERY("delivery"),
    LANGUAGE("language"),
    COUNTRIES("countries"),
    PARTICIPANTS("participants"),
    COUNT("count"),
    COURSES("courses"),
    REQUIREMENTS("requirements"),
    SUPERSEDED("superseded"),
    VENUE("venue");

    /** Where the concepts of the scheme live: {@code id/notice-field/} and the slug. */
    public static final String IRI_PREFIX = "https://w3id.org/exchange-atlas/id/notice-field/";

    private final String slug;

    FieldKind(String slug) {
        this.slug = slug;
    }

    /** The concept's slug in notice-fields.ttl. */
    public String slug() {
        return slug;
    }

    /** Whether the kind names a body or a unit (the organizer, a co-organizer, the host). */
    public boolean organization() {
        return this == ORGANIZER || this == CO_ORGANIZER || this == HOST;
    }

    /** The kind of a concept of the scheme, by its IRI; an IRI that none names is an error of the vocabulary. */
    public static FieldKind ofIri(String iri) {
        if (!iri.startsWith(IRI_PREFIX)) {
            throw new IllegalStateException("not a notice field: " + iri);
        }
        return ofSlug(iri.substring(IRI_PREFIX.length()));
    }

    /** The kind of a slug; an unknown one fails: notice-fields.ttl names a field that no reader knows. */
    public static FieldKind ofSlug(String slug) {
        return find(slug).orElseThrow(() -> new IllegalStateException(
                "ontology/vocab/notice-fields.ttl: field '" + slug + "' is no kind the notice readers know ("
                        + String.join(", ", Arrays.stream(values()).map(FieldKind::slug).toList()) + ")"));
    }

    private static Optional<FieldKind> find(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
