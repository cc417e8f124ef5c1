package org.exchangeatlas.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;

/**
 * English notices, the versions sent to embassies: titles by {@link EnglishTitleFinder}, dates by
 * {@link EnglishDateRange}, names separated by semicolons and by line breaks after "and", counts as
 * "25" or "25 participants", negations such as "not", "instead of".
 */
public final class EnglishNoticeGrammar implements NoticeGrammar {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d,.])(\\d{1,3})(?![\\d,.]\\d)");
    private static final Pattern COUNT = Pattern.compile(
            // "Thirty (30) places": the figure in brackets after the word
            "(?<![\\d,.])(\\d{1,3})(?![\\d,.]\\d)\\)?\\s*(?:[a-z-]+\\s+){0,3}?(?:participants|officials|persons|people|trainees|places|delegates)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A participants field that opens with their number: "25, drawn from …", "30 in total from …", "up to 40". */
    private static final Pattern LEADING_COUNT = Pattern.compile(
            "\\s*(?:up to\\s+|about\\s+|around\\s+|some\\s+|a total of\\s+)?(\\d{1,3})(?=\\s*(?:,|\\(|in total|$|\\n|participants|persons))",
            Pattern.CASE_INSENSITIVE);
    /**
     * Names end at a semicolon, a blank line, or a line break after "and" or a comma: a name
     * wrapped across lines ("… of the People's Republic of\nChina") stays whole.
     */
    private static final Pattern NAME_SEPARATORS = Pattern.compile(";\\s*|\\n\\s*\\n\\s*|(?:,|\\s+and)\\s*\\n\\s*");
    /**
     * "not", "instead of" a few words before; "no" just before (not "no more than 50"); a limit is
     * not a negation ("not more than 45 years of age", "not older than", "not exceed").
     */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "(?:\\b(?:not|never|instead of|rather than|without|no longer)\\b"
            + "(?!\\s+(?:be\\s+)?(?:more|less|older|younger|over|above|below|under|exceed\\w*|later|earlier)\\b)"
            + "[^,.;:]{0,25}|\\bno\\s+(?:\\w+\\s+)?)$",
            Pattern.CASE_INSENSITIVE);

    /** A denial after a name: "(Ecuador is not covered this year)", "Cuba excluded". */
    private static final Pattern NEGATION_AFTER = Pattern.compile(
            "^\\s*(?:(?:is|are|was|were)\\s+(?:not|no longer|excluded)\\b|(?:is|are)n['’]t\\b|(?:excluded|not included)\\b)",
            Pattern.CASE_INSENSITIVE);

    private final EnglishTitleFinder titles;

    public EnglishNoticeGrammar(DictionaryMatcher matcher) {
        this.titles = new EnglishTitleFinder(matcher);
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public Optional<TitleFinder.Title> title(String text, int from, int to) {
        return titles.find(text, from, to);
    }

    @Override
    public Optional<Span> year(String text, Span title) {
        return Span.firstMatch(YEAR, text, title.start(), title.end());
    }

    @Override
    public Optional<DateRange> dates(String text, int from, int to, Optional<Integer> defaultYear) {
        return EnglishDateRange.find(text, from, to);
    }

    @Override
    public Pattern nameSeparators() {
        return NAME_SEPARATORS;
    }

    @Override
    public boolean negated(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        return NEGATION_BEFORE.matcher(text.substring(from, start)).find()
                || NEGATION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find();
    }

    @Override
    public Optional<Span> participantCount(String text, int from, int to, boolean countField) {
        Matcher m = (countField ? NUMBER : COUNT).matcher(text).region(from, to);
        if (m.find()) {
            return Optional.of(new Span(m.start(1), m.end()));
        }
        Matcher lead = LEADING_COUNT.matcher(text).region(from, to);
        return !countField && lead.lookingAt() ? Optional.of(new Span(lead.start(1), lead.end(1))) : Optional.empty();
    }

    @Override
    public boolean readsDeliveryFromBody() {
        return false;
    }
}
