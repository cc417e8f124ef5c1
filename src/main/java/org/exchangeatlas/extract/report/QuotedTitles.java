package org.exchangeatlas.extract.report;

import static org.exchangeatlas.extract.report.ReportCues.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exchangeatlas.extract.EnglishTitleFinder;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * A program's own name quoted in a clause of reporting ("the 2019 “Seminar on Port Management for
 * Officials from Portuguese-speaking Countries”"): quoted text that the English title grammar
 * reads as a title (a program type followed by what it is on or for), and what the name itself
 * says of its program (its targets, roles, topics).
 */
final class QuotedTitles {
    private static final String OPENERS = "“\"‘";
    private static final String CLOSERS = "”\"’";
    private static final int MAX_TITLE = 200;
    private static final List<String> SAID = List.of(GROUPS, COUNTRIES, ROLES, TOPICS);

    private final EnglishTitleFinder titles;
    private final DictionaryMatcher matcher;
    private final Vocabulary vocabulary;

    QuotedTitles(DictionaryMatcher matcher, Vocabulary vocabulary) {
        this.titles = new EnglishTitleFinder(matcher);
        this.matcher = matcher;
        this.vocabulary = vocabulary;
    }

    /** Every quoted title in {@code text[from, to)}, in order ("the "A" and the "B" closed"). */
    List<TitleFinder.Title> all(String text, int from, int to) {
        List<TitleFinder.Title> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int kind = OPENERS.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            int close = text.indexOf(CLOSERS.charAt(kind), i + 1);
            if (close < 0 || close > to || close - i > MAX_TITLE) {
                continue;
            }
            titles.find(text, i + 1, close).ifPresent(out::add);
            i = close;
        }
        return out;
    }

    /** A quoted name and what the name itself says: its targets (never the home country), roles and topics. */
    ReportedProgram.Title saying(String text, TitleFinder.Title t) {
        List<Map.Entry<String, String>> says = new ArrayList<>();
        for (Mention m : matcher.find(text, t.title().start(), t.title().end(), SAID)) {
            Concept c = m.concept();
            String property = c.inScheme(GROUPS) ? TARGET_GROUP : c.inScheme(COUNTRIES) ? TARGET_COUNTRY
                    : c.inScheme(ROLES) ? PARTICIPANT_ROLE : TOPIC;
            if (!(property.equals(TARGET_COUNTRY) && vocabulary.homeCountry().filter(c.iri()::equals).isPresent())) {
                says.add(Map.entry(property, c.iri()));
            }
        }
        return new ReportedProgram.Title(t.title().of(text).replaceAll("\\s+", " "), t.title(), says);
    }

    /**
     * The names of a clause, less the targets, roles and topics inside its quoted program names
     * when it quotes several: each name says what its own program is about ("the "A on BeiDou"
     * and the "B on Agriculture"").
     */
    List<Mention> outsideSeveral(String text, List<Mention> names, Span clause) {
        List<TitleFinder.Title> quoted = all(text, clause.start(), clause.end());
        if (quoted.size() < 2) {
            return names;
        }
        return names.stream().filter(m -> SAID.stream().noneMatch(m.concept()::inScheme) || quoted.stream()
                .noneMatch(t -> t.title().start() <= m.start() && m.end() <= t.title().end())).toList();
    }
}
