package org.exchangeatlas.extract.report;

import static org.exchangeatlas.extract.report.ReportCues.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.EnglishTitleFinder;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * A program's own name in a clause of reporting, quoted ("the 2019 “Seminar on Port Management for
 * Officials from Portuguese-speaking Countries”") or written in title case without quotes (a run
 * of capitalized words that opens with a program type): text that the English title grammar reads
 * as a title (a program type followed by what it is on or for), and what the name itself says of
 * its program (its targets, roles, topics).
 */
final class QuotedTitles {
    private static final String OPENERS = "“\"‘";
    private static final String CLOSERS = "”\"’";
    private static final int MAX_TITLE = 200;
    private static final List<String> SAID = List.of(GROUPS, COUNTRIES, ROLES, TOPICS);
    /**
     * A name written in title case, unquoted: "the 2016 Seminar on Agro-product Processing for
     * Officials from Developing Countries was held" (small linking words between capitalized ones).
     */
    private static final Pattern TITLE_CASE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:19|20)\\d{2}\\s+)?\\p{Lu}[\\p{L}\\d'’/-]*"
            + "(?:\\s+(?:(?:on|for|from|of|and|in|the|to|with|at|by)\\s+)*\\p{Lu}[\\p{L}\\d'’/-]*)+");
    private static final Pattern ENDS_TITLE_CASE = Pattern.compile(
            "(?:(?:19|20)\\d{2}\\s+)?\\p{Lu}[\\p{L}\\d'’/-]*(?:\\s+(?:(?:on|for|from|of|and|in|the|to|with)\\s+)*[\\p{Lu}\\d][\\p{L}\\d'’/-]*)+");
    private static final Pattern OFFICIALS = Pattern.compile("\\bOfficials\\b");
    private static final Pattern AND_THE = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
    private static final Pattern LINK_TO_TITLE = Pattern.compile("\\s+(?:for|at|in|to|from|of|with|by)\\s+(?:the\\s+)?");
    private static final Pattern YEAR_AND_WORD = Pattern.compile("(?:19|20)\\d{2}\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?:The|This|A|An)\\s+");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}[\\p{L}-]*\\s+");
    /** Fewer words than this make no name of a program ("Seminar on Ports"). */
    private static final int MIN_WORDS = 5;
    /** The most capitalized words that may qualify a program type opening a name ("International Training Seminar"). */
    private static final int MAX_QUALIFIERS = 2;

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
            int end = close;
            while (end > i + 1 && ",.;:".indexOf(text.charAt(end - 1)) >= 0) {
                end--; // "Seminar on …," : the comma is the sentence's, put inside the quotes
            }
            Optional<TitleFinder.Title> found = titles.find(text, i + 1, end);
            if (found.isEmpty() && endsWithAType(text, i + 1, end)) {
                found = Optional.of(new TitleFinder.Title(new Span(i + 1, end), Optional.empty(), true, false));
            }
            found.ifPresent(out::add);
            i = close;
        }
        Matcher m = TITLE_CASE.matcher(text).region(from, to);
        while (m.find()) {
            for (Span run : namesIn(text, new Span(m.start(), m.end()))) {
                int at = run.start();
                Matcher one = TITLE_CASE.matcher(text).region(run.start(), run.end());
                if (out.stream().noneMatch(t -> t.title().start() <= at && at < t.title().end()) && one.lookingAt()
                        && typeOpens(text, one)) {
                    titles.find(text, run.start(), one.end()).filter(t -> t.title().of(text).split("\\s+").length >= MIN_WORDS)
                            .ifPresent(out::add);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(t -> t.title().start()));
        return out;
    }

    /**
     * A run of capitalized words cut where "and the" begins another program's name ("the Seminar
     * on Port Operation for Belt and Road Countries and the Seminar on Single Window for ASEAN
     * Countries"): "and" joins names there, not words of one name.
     */
    private List<Span> namesIn(String text, Span run) {
        List<Span> out = new ArrayList<>();
        Matcher and = AND_THE.matcher(text).region(run.start(), run.end());
        Matcher article = LEADING_ARTICLE.matcher(text).region(run.start(), run.end());
        int start = article.lookingAt() ? article.end() : run.start(); // "The Online Seminar on ..." opening a sentence
        if (matcher.at(text, start, List.of(TYPES)).isEmpty()) {
            // "Hangzhou for the Seminar on …": a place's or a body's name ran into the title by a small word
            Matcher link = LINK_TO_TITLE.matcher(text).region(start, run.end());
            while (link.find()) {
                if (typeWithin(text, link.end(), run.end())) { // "Kunming on the Capacity Building Course for …"
                    start = link.end();
                    break;
                }
            }
        }
        while (and.find()) {
            if (matcher.at(text, and.end(), List.of(TYPES)).isPresent()) {
                out.add(new Span(start, and.start()));
                start = and.end();
            }
        }
        out.add(new Span(start, run.end()));
        return out;
    }

    /**
     * Whether quoted words name a program by ending with its type ("2023 SCO Member States
     * Cyberspace Governance Seminar"): capitalized words, the last of them a program type.
     */
    private boolean endsWithAType(String text, int from, int to) {
        String quoted = text.substring(from, to).strip();
        if (!ENDS_TITLE_CASE.matcher(quoted).matches() || quoted.split("\\s+").length < MIN_WORDS - 1) {
            return false;
        }
        return matcher.find(text, from, to, List.of(TYPES)).stream()
                .anyMatch(m -> text.substring(m.end(), to).isBlank());
    }

    /** Whether a run of capitalized words opens with a program type, after a year and two qualifying words at most. */
    private boolean typeOpens(String text, Matcher run) {
        return matcher.at(text, run.start(), List.of(TYPES)).isPresent() || typeWithin(text, run.start(), run.end());
    }

    /** Whether a program type stands at {@code from}, after a year and two qualifying capitalized words at most. */
    private boolean typeWithin(String text, int from, int to) {
        Matcher year = YEAR_AND_WORD.matcher(text).region(from, to);
        int at = year.lookingAt() ? year.end() : from;
        if (matcher.at(text, at, List.of(TYPES)).isPresent()) {
            return true;
        }
        for (int words = 0; words < MAX_QUALIFIERS; words++) { // "2021 Online Ministerial Seminar on …"
            Matcher word = ONE_WORD.matcher(text).region(at, to);
            if (!word.lookingAt()) {
                return false;
            }
            at = word.end();
            if (matcher.at(text, at, List.of(TYPES)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A quoted name and what the name itself says: its targets (never the home country), roles and topics. */
    ReportedProgram.Title saying(String text, TitleFinder.Title t) {
        List<Map.Entry<String, String>> says = new ArrayList<>();
        for (Mention m : matcher.find(text, t.title().start(), t.title().end(), SAID)) {
            Concept c = m.concept();
            String property = c.programProperty().orElseThrow(); // vocab/scheme-properties.ttl: each scheme of SAID has one
            if (!(property.equals(TARGET_COUNTRY) && vocabulary.homeCountry().filter(c.iri()::equals).isPresent())) {
                says.add(Map.entry(property, c.iri()));
            }
        }
        if (says.stream().noneMatch(e -> e.getKey().equals(PARTICIPANT_ROLE)) && OFFICIALS.matcher(t.title().of(text)).find()) {
            says.add(Map.entry(PARTICIPANT_ROLE, ClauseNames.GOVERNMENT_OFFICIALS)); // "... for Officials from Developing Countries"
        }
        return new ReportedProgram.Title(t.title().of(text).replaceAll("\\s+", " "), t.title(), says);
    }

    /**
     * The names of a clause, less the targets, roles and topics inside the program names it quotes
     * ({@code quoted}, as {@link #all} found them) when it quotes several: each name says what its own program is about ("the "A on BeiDou"
     * and the "B on Agriculture"").
     */
    List<Mention> outsideSeveral(List<Mention> names, List<TitleFinder.Title> quoted) {
        if (quoted.size() < 2) {
            return names;
        }
        return names.stream().filter(m -> SAID.stream().noneMatch(m.concept()::inScheme) || quoted.stream()
                .noneMatch(t -> t.title().start() <= m.start() && m.end() <= t.title().end())).toList();
    }
}
