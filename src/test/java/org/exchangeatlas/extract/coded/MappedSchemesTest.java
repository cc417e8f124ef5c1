package org.exchangeatlas.extract.coded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * A coded table's column of concepts gives the property that {@code vocab/scheme-properties.ttl}
 * gives the concepts of its scheme wherever else they are named, so that the table of schemes and
 * properties is one: a mapping may not say that a country is anything but a target country.
 */
class MappedSchemesTest {
    @Test
    void everyConceptColumnGivesWhatTheVocabularySaysItsSchemeGives() {
        Vocabulary vocabulary = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
        Map<String, String> mapped = new TreeMap<>();
        Map<String, String> ofTheVocabulary = new TreeMap<>();
        for (MappedProperty p : MappedProperty.values()) {
            if (p.kind() != MappedProperty.Kind.CONCEPT) {
                continue;
            }
            vocabulary.labels().stream().map(l -> vocabulary.concept(l.conceptIri()).orElseThrow())
                    .filter(c -> c.inScheme(p.scheme()) && c.programProperty().isPresent())
                    .map(Concept::programProperty).findFirst()
                    .ifPresent(property -> {
                        mapped.put(p.mappingName(), p.predicate());
                        ofTheVocabulary.put(p.mappingName(), property.get());
                    });
        }
        assertEquals(ofTheVocabulary, mapped);
        assertEquals(6, mapped.size(), "countries, groups, roles, topics, program types and delivery: " + mapped.keySet());
    }
}
