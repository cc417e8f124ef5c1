package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/** The notice readers' kinds of field and the concepts of notice-fields.ttl are the same list. */
class FieldKindTest {
    @Test
    void everyFieldOfTheVocabularyIsAKindAndEveryKindAField() {
        Vocabulary vocabulary = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
        Set<String> fields = vocabulary.labels().stream().map(Vocabulary.Label::conceptIri)
                .filter(iri -> iri.startsWith(FieldKind.IRI_PREFIX)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> kinds = Arrays.stream(FieldKind.values()).map(k -> FieldKind.IRI_PREFIX + k.slug())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(kinds, fields);
        fields.forEach(FieldKind::ofIri); // each resolves
    }

    @Test
    void aSlugNoReaderKnowsFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FieldKind.ofSlug("organiser"));
        assertEquals("ontology/vocab/notice-fields.ttl: field 'organiser' is no kind the notice readers know (title, organizer,"
                + " co-organizer, host, dates, delivery, language, countries, participants, count, courses, requirements,"
                + " superseded, venue)", e.getMessage());
    }
}
