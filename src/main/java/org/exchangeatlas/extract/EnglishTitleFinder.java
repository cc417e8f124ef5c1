package org.exchangeatlas.extract;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * Finds an English program title in a line: "Seminar on TOPIC for ROLE from TARGET, YEAR",
 * "YEAR Workshop on TOPIC for ROLE of TARGET (Online)": the line opens with a program type
 * (after an optional year, "the" or numbering, and up to three capitalized words qualifying it:
 * "International Training Course on ...") and names what it is on or for. A trailing
 * bracket holding a delivery word is the delivery, not part of the title.
 */
public final class EnglishTitleFinder {
    private static final List<String> TYPE_SCHEME = List.of(scheme("program-types"));
    private static final List<String> DELIVERY_SCHEME = List.of(scheme("delivery"));
    /** A month or a place written after a name: " from February", " in Yangling", " at Nanjing". */
    private static final Pattern TRAILING_WHEN_OR_WHERE = Pattern.compile(
            "\\s+(?:from|in|at|on|since|until|between)\\s+((" + EnglishDateRange.MONTH_NAMES + ")|\\p{Lu}[\\p{L}'’-]*)$");
    private static final List<String> PLACES_IN_CHINA = List.of(scheme("places-in-china"));
    /** China named after a dash at a heading's end: " — People's Republic of China", " - China". */
    private static final Pattern TRAILING_COUNTRY = Pattern.compile(
            "\\s+[-–—]+\\s+(?:(?i:the\\s+)?(?i:people['’]s\\s+republic\\s+of\\s+)?(?i:china))\\s*$");
    /** A blank line, or a line that opens with a label ("Type:"), below a heading. */
    private static final Pattern NEXT_BLOCK = Pattern.compile("\\n[ \\t]*\\n|\\n[ \\t]*\\p{Lu}[\\p{L} ]{1,30}:[ \\t]");
    /** A rule drawn under a heading: "-----", "=====". */
    private static final Pattern TRAILING_RULE = Pattern.compile("\\s*[-=_*—–]{3,}\\s*$");
    /** A "Title:" label, or a call's "Call for Applicants:", before the title, if the line has one. */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:(?:title|program(?:me)?|name of the program(?:me)?|call for (?:applicants|applications|nominations|participants)"
            + "|announcement|invitation|admission notice)\\s*:\\s*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_THE = Pattern.compile("(?i)the\\s+");
    /** What may stand before the type word: a year, "the". */
    private static final Pattern BEFORE_TYPE = Pattern.compile("^(?:(?:19|20)\\d{2}\\s+)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** A word that may qualify the type ("International", "High-Level", "Advanced"): capitalized. */
    private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\p{Lu}[\\p{L}-]*\\s+");
    /** A word that points to programs rather than qualifying a name ("These courses are …", "Such workshops"). */
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)(?:these|this|those|that|such|its|their|our|all|both|many|several|other|some|each|every|most)\\s");
    private static final int MAX_WORDS_BEFORE_TYPE = 3;
    /** A verb after a name that opens a sentence: no program's name holds one. */
    private static final Pattern VERB_AFTER_NAME = Pattern.compile("\\s+(?:is|are|was|were|will|shall|has|have)\\s+");
    private static final Pattern LINKING = Pattern.compile("\\b(?:on|for|from|of)\\b", Pattern.CASE_INSENSITIVE);

    private final DictionaryMatcher matcher;

    public EnglishTitleFinder(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    public Optional<TitleFinder.Title> find(String text, int from, int to) {
        Matcher next = NEXT_BLOCK.matcher(text).region(from, to);
        if (next.find() && next.start() > from) {
            to = next.start(); // a heading ends at a blank line or at a labelled line under it ("Type: Multilateral")
        }
        Matcher label = LABEL.matcher(text.substring(from, to));
        int start = from + (label.find() ? label.end() : 0);
        Matcher article = LEADING_THE.matcher(text).region(start, to);
        if (article.lookingAt()) {
            start = article.end(); // "The Seminar on Smart Customs ...": the name is without its article
        }
        Matcher before = BEFORE_TYPE.matcher(text.substring(start, to));
        int typeAt = start + (before.find() ? before.end() : 0);
        Optional<Mention> type = matcher.at(text, typeAt, TYPE_SCHEME);
        for (int words = 0; type.isEmpty() && words < MAX_WORDS_BEFORE_TYPE; words++) {
            Matcher word = CAPITALIZED_WORD.matcher(text).region(typeAt, to);
            if (!word.lookingAt() || DETERMINER.matcher(text).region(typeAt, to).lookingAt()) {
                break;
            }
            typeAt = word.end();
            type = matcher.at(text, typeAt, TYPE_SCHEME);
        }
        if (type.isEmpty() || !LINKING.matcher(text.substring(type.get().end(), to)).find()) {
            return Optional.empty();
        }
        Matcher verb = VERB_AFTER_NAME.matcher(text).region(type.get().end(), to);
        if (verb.find()) {
            to = verb.start(); // "The 2025 Online Training Course on … is sponsored by …": the sentence's subject is the name
            if (!LINKING.matcher(text).region(type.get().end(), to).find()) {
                return Optional.empty(); // "The workshop is sponsored by …": a type word alone names no program
            }
        }
        Matcher rule = TRAILING_RULE.matcher(text).region(start, to);
        int end = rule.find() ? rule.start() : to; // a line of dashes under a heading is no part of it
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        Matcher country = TRAILING_COUNTRY.matcher(text).region(start, end);
        if (country.find()) {
            end = country.start(); // "… (2024) — PEOPLE'S REPUBLIC OF CHINA": a heading's note of where, not the name
        }
        Optional<Span> delivery = Optional.empty();
        if (end > start && text.charAt(end - 1) == ')') {
            int open = text.lastIndexOf('(', end - 1);
            if (open > start && !matcher.find(text, open, end, DELIVERY_SCHEME).isEmpty()) {
                delivery = Optional.of(new Span(open, end));
                end = open;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
        }
        for (Matcher tail = TRAILING_WHEN_OR_WHERE.matcher(text).region(start, end); tail.find(); ) {
            boolean month = tail.group(2) != null;
            int tailEnd = tail.end();
            boolean placeInChina = !month && matcher.at(text, tail.start(1), PLACES_IN_CHINA).map(m -> m.end() == tailEnd).orElse(false);
            if (!month && !placeInChina) {
                break; // "… for Officials from Fiji": the country is the name's own
            }
            end = tail.start(); // "… for Developing Countries from February", "… in Yangling": when or where, not the name
            tail = TRAILING_WHEN_OR_WHERE.matcher(text).region(start, end);
        }
        return Optional.of(new TitleFinder.Title(new Span(start, end), delivery, true, false));
    }
}
