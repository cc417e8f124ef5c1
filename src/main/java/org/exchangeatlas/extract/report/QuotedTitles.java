package org.exchangeatlas.extract.report;

import java.util.Optional;
import org.exchangeatlas.extract.EnglishTitleFinder;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.vocab.DictionaryMatcher;

/**
 * A program's own name quoted in a clause of reporting ("the 2019 “Seminar on Port Management for
 * Officials from Portuguese-speaking Countries”"): quoted text that the English title grammar
 * reads as a title (a program type followed by what it is on or for).
 */
final class QuotedTitles {
    private static final String OPENERS = "“\"‘";
    private static final String CLOSERS = "”\"’";
    private static final int MAX_TITLE = 200;

    private final EnglishTitleFinder titles;

    QuotedTitles(DictionaryMatcher matcher) {
        this.titles = new EnglishTitleFinder(matcher);
    }

    /** The first quoted title in {@code text[from, to)}. */
    Optional<TitleFinder.Title> in(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            int kind = OPENERS.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            int close = text.indexOf(CLOSERS.charAt(kind), i + 1);
            if (close < 0 || close > to || close - i > MAX_TITLE) {
                continue;
            }
            Optional<TitleFinder.Title> t = titles.find(text, i + 1, close);
            if (t.isPresent()) {
                return t;
            }
            i = close;
        }
        return Optional.empty();
    }
}
