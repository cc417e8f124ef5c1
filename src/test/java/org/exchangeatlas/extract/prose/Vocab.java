package org.exchangeatlas.extract.prose;

import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;

/** The shipped vocabularies, read once for the prose readers' tests. */
final class Vocab {
    static final Vocabulary VOCABULARY = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
    static final DictionaryMatcher MATCHER = new DictionaryMatcher(VOCABULARY);

    private Vocab() {}
}
