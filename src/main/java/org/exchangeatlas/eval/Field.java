package org.exchangeatlas.eval;

import java.util.Arrays;
import java.util.Optional;
import org.exchangeatlas.model.AtlasTerms;

/**
 * The fields a gold file annotates and {@code atlas eval} scores, each with the gold file's key,
 * the property its facts have in the graph and how its values are compared. The order is the
 * report's order.
 */
public enum Field {
    ORGANIZER("organizer", AtlasTerms.ORGANIZER, Kind.ORGANIZATION, null),
    HOST("host", AtlasTerms.HOST, Kind.ORGANIZATION, null),
    CO_ORGANIZER("coOrganizer", AtlasTerms.CO_ORGANIZER, Kind.ORGANIZATION, null),
    TITLE("title", AtlasTerms.TITLE, Kind.TITLE, null),
    YEAR("year", AtlasTerms.YEAR, Kind.NUMBER, null),
    START_DATE("startDate", AtlasTerms.START_DATE, Kind.DATE, null),
    END_DATE("endDate", AtlasTerms.END_DATE, Kind.DATE, null),
    TARGET_GROUPS("targetGroups", AtlasTerms.TARGET_GROUP, Kind.CONCEPT, "groups"),
    TARGET_COUNTRIES("targetCountries", AtlasTerms.TARGET_COUNTRY, Kind.COUNTRY, null),
    ROLES("roles", AtlasTerms.PARTICIPANT_ROLE, Kind.CONCEPT, "roles"),
    TOPICS("topics", AtlasTerms.TOPIC, Kind.CONCEPT, "topics"),
    PARTICIPANT_COUNT("participantCount", AtlasTerms.PARTICIPANT_COUNT, Kind.NUMBER, null),
    DELIVERY("delivery", AtlasTerms.DELIVERY, Kind.CONCEPT, "delivery"),
    REQUIREMENTS("requirements", AtlasTerms.REQUIREMENT, Kind.CONCEPT, "requirements"),
    /** A body's contact with a country (a meeting): about the document, not a program. */
    ENGAGED_WITH("engagedWith", AtlasTerms.ENGAGED_WITH, Kind.ENGAGEMENT, null);

    /** How a field's gold values are read and compared. */
    public enum Kind {
        /** A body's name: a vocabulary body, else the organization the text names. */
        ORGANIZATION,
        /** An ISO 3166-1 alpha-2 code (or a country's name). */
        COUNTRY,
        /** A label of a concept of the field's scheme. */
        CONCEPT,
        /** A program's name, compared without white space, quote marks and case. */
        TITLE,
        /** A whole number (a year, a count), compared by value. */
        NUMBER,
        /** A date, {@code YYYY-MM-DD}. */
        DATE,
        /** A body and a country. */
        ENGAGEMENT
    }

    private final String key;
    private final String property;
    private final Kind kind;
    private final String scheme;

    Field(String key, String property, Kind kind, String scheme) {
        this.key = key;
        this.property = property;
        this.kind = kind;
        this.scheme = scheme == null ? null : AtlasTerms.scheme(scheme);
    }

    /** The gold file's key ({@code targetCountries}). */
    public String key() {
        return key;
    }

    /** The property of the field's facts ({@code atlas:targetCountry}). */
    public String property() {
        return property;
    }

    public Kind kind() {
        return kind;
    }

    /** The scheme IRI a {@link Kind#CONCEPT} field's labels belong to; null for other kinds. */
    public String scheme() {
        return scheme;
    }

    /** Whether the field is about a program (all but {@link #ENGAGED_WITH}). */
    public boolean ofProgram() {
        return this != ENGAGED_WITH;
    }

    /** The field whose gold key is {@code key}. */
    public static Optional<Field> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The program field whose facts have {@code property}. */
    public static Optional<Field> byProperty(String property) {
        return Arrays.stream(values()).filter(f -> f.property.equals(property)).findFirst();
    }
}
