package org.exchangeatlas.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.exchangeatlas.model.AtlasTerms;
import org.junit.jupiter.api.Test;

/** The one table of what a concept of each scheme says of a program (vocab/scheme-properties.ttl). */
class SchemePropertiesTest {
    private static final Vocabulary VOCABULARY = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());

    private static Optional<String> of(String kind, String slug) {
        return VOCABULARY.concept(AtlasTerms.id(kind, slug)).orElseThrow().programProperty();
    }

    @Test
    void eachSchemeGivesItsProgramProperty() {
        assertEquals(Optional.of(AtlasTerms.TARGET_COUNTRY), of("country", "KZ"));
        assertEquals(Optional.of(AtlasTerms.TARGET_GROUP), of("group", "sco"));
        assertEquals(Optional.of(AtlasTerms.PARTICIPANT_ROLE), of("role", "journalists"));
        assertEquals(Optional.of(AtlasTerms.TOPIC), of("topic", "beidou"));
        assertEquals(Optional.of(AtlasTerms.PROGRAM_TYPE), of("program-type", "seminar"));
        assertEquals(Optional.of(AtlasTerms.DELIVERY), of("delivery", "online"));
        assertEquals(Optional.empty(), of("body", "mofcom"), "a body is an organizer only through a cue or a field");
    }
}
