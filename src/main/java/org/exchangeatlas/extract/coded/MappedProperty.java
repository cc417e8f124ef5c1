package org.exchangeatlas.extract.coded;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.exchangeatlas.model.AtlasTerms;

/**
 * What a mapping file may feed from a column: the name it uses (the public property's local
 * name), the graph property, and how a cell's value becomes the object. Concepts name their
 * vocabulary scheme, the noun for messages ({@code no country named "Narnia"}) and the IRI kinds
 * under which a cell may also give a concept's id ({@code KZ}, {@code port-management}).
 */
public enum MappedProperty {
    TITLE("title", AtlasTerms.TITLE, Kind.TITLE),
    /** A program key in the column (for tables whose titles differ from the notices'); default: from year and title. */
    KEY("key", null, Kind.KEY),
    YEAR("year", AtlasTerms.YEAR, Kind.YEAR),
    ORGANIZER("organizer", AtlasTerms.ORGANIZER, Kind.ORGANIZATION),
    HOST("host", AtlasTerms.HOST, Kind.ORGANIZATION),
    CO_ORGANIZER("coOrganizer", AtlasTerms.CO_ORGANIZER, Kind.ORGANIZATION),
    TARGET_COUNTRY("targetCountry", AtlasTerms.TARGET_COUNTRY, Kind.CONCEPT, "country", "countries", "country"),
    TARGET_GROUP("targetGroup", AtlasTerms.TARGET_GROUP, Kind.CONCEPT, "group", "groups", "group", "region"),
    PARTICIPANT_ROLE("participantRole", AtlasTerms.PARTICIPANT_ROLE, Kind.CONCEPT, "role", "roles", "role"),
    TOPIC("topic", AtlasTerms.TOPIC, Kind.CONCEPT, "topic", "topics", "topic"),
    REQUIREMENT("requirement", AtlasTerms.REQUIREMENT, Kind.CONCEPT, "requirement", "requirements", "requirement"),
    PROGRAM_TYPE("programType", AtlasTerms.PROGRAM_TYPE, Kind.CONCEPT, "program type", "program-types", "program-type"),
    DELIVERY("delivery", AtlasTerms.DELIVERY, Kind.CONCEPT, "way of delivery", "delivery", "delivery"),
    INSTRUCTION_LANGUAGE("instructionLanguage", AtlasTerms.INSTRUCTION_LANGUAGE, Kind.CONCEPT, "language", "languages", "language"),
    START_DATE("startDate", AtlasTerms.START_DATE, Kind.DATE),
    END_DATE("endDate", AtlasTerms.END_DATE, Kind.DATE),
    PARTICIPANT_COUNT("participantCount", AtlasTerms.PARTICIPANT_COUNT, Kind.COUNT);

    /** How a cell's value becomes an object. */
    public enum Kind {
        TITLE, KEY, YEAR, ORGANIZATION, CONCEPT, DATE, COUNT;

        /** Whether a program has one value of this kind (one column, no split) or several. */
        public boolean single() {
            return this != ORGANIZATION && this != CONCEPT;
        }
    }

    private final String mappingName;
    private final String predicate;
    private final Kind kind;
    private final String noun;
    private final String scheme;
    private final List<String> idKinds;

    MappedProperty(String mappingName, String predicate, Kind kind) {
        this(mappingName, predicate, kind, null, null);
    }

    MappedProperty(String mappingName, String predicate, Kind kind, String noun, String schemeName, String... idKinds) {
        this.mappingName = mappingName;
        this.predicate = predicate;
        this.kind = kind;
        this.noun = noun;
        this.scheme = schemeName == null ? null : AtlasTerms.scheme(schemeName);
        this.idKinds = List.of(idKinds);
    }

    /** The name a mapping file gives it ({@code targetCountry}). */
    public String mappingName() {
        return mappingName;
    }

    /** The graph property; null for {@link #KEY}, which names the subject. */
    public String predicate() {
        return predicate;
    }

    public Kind kind() {
        return kind;
    }

    /** What one value is called in messages ({@code country}); concepts only. */
    public String noun() {
        return noun;
    }

    /** The vocabulary scheme of the values; concepts only. */
    public String scheme() {
        return scheme;
    }

    /** The IRI kinds ({@code id/KIND/slug}) under which a cell may give a concept's id. */
    public List<String> idKinds() {
        return idKinds;
    }

    public static Optional<MappedProperty> named(String mappingName) {
        return Arrays.stream(values()).filter(p -> p.mappingName.equals(mappingName)).findFirst();
    }

    /** The names a mapping file may use, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(MappedProperty::mappingName).toList());
    }
}
