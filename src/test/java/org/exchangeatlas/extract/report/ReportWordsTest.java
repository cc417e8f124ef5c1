package org.exchangeatlas.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/** The reporting reader's closed word classes come from vocab/report-cues.ttl, and a missing one fails loudly. */
class ReportWordsTest {
    private static final Vocabulary VOCABULARY = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());

    @Test
    void theWordClassesAreReadFromTheVocabulary() {
        ReportWords words = ReportWords.from(VOCABULARY);
        assertTrue(words.definite().contains("these"));
        assertTrue(words.indefinite().contains("another"));
        assertTrue(words.others().contains("previous"));
        assertTrue(words.negation().matcher("officials didn't say who paid").find());
        assertTrue(words.negation().matcher("it was never held").find());
        assertFalse(words.negation().matcher("a note on the knowledge economy").find());
        assertTrue(words.partner().matcher("run together with China's ").find());
        assertTrue(words.partner().matcher("co-organised with the ").find());
        assertFalse(words.partner().matcher("sponsored by the ").find());
    }

    @Test
    void aWordClassTheVocabularyDoesNotListIsAnErrorNamingIt() {
        String missing = AtlasTerms.id("report-cue", "no-such-words");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> VOCABULARY.words(missing));
        assertEquals("ontology/vocab: " + missing + " lists no atlas:word, which a reader needs", e.getMessage());
    }
}
