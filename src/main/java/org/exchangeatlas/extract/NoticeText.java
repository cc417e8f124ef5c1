package org.exchangeatlas.extract;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * The text of the notice being read with what every part of the reading asks of it: the names of
 * a scheme in a passage, whether the words around a name deny it, whether a concept is the home
 * country. One value passed around, so that each reader asks these questions the same way.
 *
 * @param text        the notice's readable text; every span is an offset into it
 * @param matcher     finds the vocabularies' labels
 * @param grammar     how notices in its language are written
 * @param homeCountry the IRI of the country whose programs these are, if the vocabulary names one
 */
record NoticeText(String text, DictionaryMatcher matcher, NoticeGrammar grammar, Optional<String> homeCountry) {

    /** The concepts of {@code schemes} named in {@code s}. */
    List<Mention> mentions(Span s, String... schemes) {
        return matcher.find(text, s.start(), s.end(), List.of(schemes));
    }

    /** Whether the words around the mention deny it (不组织学员来华). */
    boolean negated(Mention m) {
        return grammar.negated(text, m.start(), m.end());
    }

    /** Whether {@code c} is the home country (China, in its programs for foreign officials). */
    boolean isHome(Concept c) {
        return homeCountry.map(h -> h.equals(c.iri())).orElse(false);
    }

    /** Where a mention stands in the text. */
    static Span span(Mention m) {
        return new Span(m.start(), m.end());
    }
}
