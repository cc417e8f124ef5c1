package org.exchangeatlas.extract.prose;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.LabelNormalizer;

/**
 * Finds the programs a page names by their own names: each quoted name (“…”, 「…」, 《…》, 『…』)
 * that the title grammar reads as a program's title is one program, so 
 * “A研修班”、“B研修班”和“C研修班” are three; without a quoted name, the page's heading line, or
 * else the names a sentence writes without quotes from their year on (5月12日，2025年A国家B研修班、
 * 2025年C国家D培训班联合开班: two programs, each ending at its first program type). A
 * generic phrase (本期研修班, 此次培训班) names no program: a title must name a target, a role or a
 * topic, or be long enough to be a name of its own, and does not run across a clause's end.
 */
public final class ProgramNames {
    private static final String OPENERS = "“「《『\"";
    private static final String CLOSERS = "”」》』\"";
    private static final int MAX_TITLE = 80;
    private static final int MIN_BARE_TITLE = 10;
    private static final List<String> NAMING = List.of(scheme("countries"), scheme("groups"), scheme("roles"),
            scheme("topics"));
    /** Words that open a phrase pointing at a program, not its name: 本期, 此次, 该, 上述, 各 (not 上海合作组织). */
    private static final java.util.regex.Pattern GENERIC_START = java.util.regex.Pattern.compile("[本此该这各]|上(?:述|期|届|一|次|年)");
    /** A title does not run across a clause's end (5月21日，中联部……会见……考察团 is a sentence). */
    /** A quote inside a quoted name (“…‘中文+职业技能’研修班”): its words are the name's own, punctuation and all. */
    private static final java.util.regex.Pattern INNER_QUOTE = java.util.regex.Pattern.compile("[‘“][^‘’“”]{1,20}[’”]");
    private static final java.util.regex.Pattern CLAUSE_PUNCTUATION = java.util.regex.Pattern.compile("[，。；：！？,;:!?+＋]");

    /** A year that opens a name: 2025年, not the year of a date (2025年6月) or of a period (2025年以来). */
    private static final java.util.regex.Pattern YEAR_LED = java.util.regex.Pattern.compile(
            "(?<![\\d“「《『\"])(?:19|20)\\d{2}年(?![\\s\\d一二三四五六七八九十]*月|以来|起|至|底|初|末|上半年|下半年|度)");
    private static final List<String> TYPES = List.of(scheme("program-types"));
    /** Words of a sentence, not of a name: 我院承办了, 各类, 共举办. */
    private static final java.util.regex.Pattern SENTENCE_WORDS = java.util.regex.Pattern.compile(
            "我[院校中所]|本[院校]|承办|主办|举办|举行|开展|参加|各类|共有|累计|期间|[两二三四五六七八九十\\d]+期");

    private final DictionaryMatcher matcher;
    private final TitleFinder titles;

    public ProgramNames(DictionaryMatcher matcher) {
        this.matcher = matcher;
        this.titles = new TitleFinder(matcher);
    }

    /** The distinct quoted program names in {@code text[from, to)}, in order of first mention. */
    public List<TitleFinder.Title> quoted(String text, int from, int to) {
        List<TitleFinder.Title> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = from; i < to; i++) {
            int kind = OPENERS.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            int close = text.indexOf(CLOSERS.charAt(kind), i + 1);
            if (close < 0 || close > to || close - i > MAX_TITLE || text.substring(i + 1, close).contains("\n")) {
                continue;
            }
            Optional<TitleFinder.Title> t = titles.find(text, i + 1, close);
            if (t.isPresent() && t.get().title().start() <= i + 6 && names(text, t.get().title())
                    && seen.add(key(text, t.get().title()))) {
                out.add(t.get());
            }
            i = close;
        }
        return out;
    }

    /**
     * The distinct names in {@code text[from, to)} written without quotes, each from a year
     * (2025年, not a date's 2025年6月) to the first program type after it within its clause, that
     * name a target, a role or a topic: a page that lists its programs in running text.
     */
    public List<TitleFinder.Title> unquoted(String text, int from, int to) {
        List<TitleFinder.Title> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.regex.Matcher year = YEAR_LED.matcher(text).region(from, to);
        while (year.find()) {
            int clauseEnd = year.start();
            while (clauseEnd < to && clauseEnd - year.start() < MAX_TITLE && text.charAt(clauseEnd) != '\n'
                    && !CLAUSE_PUNCTUATION.matcher(String.valueOf(text.charAt(clauseEnd))).matches()) {
                clauseEnd++;
            }
            Optional<Integer> firstType = matcher.find(text, year.start(), clauseEnd, TYPES).stream()
                    .map(m -> m.end()).findFirst();
            if (firstType.isEmpty()) {
                continue;
            }
            Optional<TitleFinder.Title> t = titles.find(text, year.start(), firstType.get());
            if (t.isPresent() && t.get().title().start() == year.start() && namesByConcept(text, t.get().title())
                    && seen.add(key(text, t.get().title()))) {
                out.add(t.get());
            }
        }
        return out;
    }

    /** The first of the page's first {@code lines} non-empty lines that holds a program's title. */
    public Optional<TitleFinder.Title> heading(String text, int lines) {
        int start = 0;
        int seen = 0;
        while (start < text.length() && seen < lines) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!text.substring(start, end).isBlank()) {
                seen++;
                Optional<TitleFinder.Title> t = titles.find(text, start, end);
                if (t.isPresent() && names(text, t.get().title()) && !aMeeting(text, start, t.get().title())) {
                    return t;
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * The heading's name as the text writes it in full with its year (中亚国家海关研修班圆满结业 over
     * ……承办的2023年中亚国家海关研修班结业典礼): that occurrence, else the heading's own.
     */
    public TitleFinder.Title withYear(String text, TitleFinder.Title heading) {
        String name = heading.title().of(text);
        if (name.isEmpty() || YEAR_LED.matcher(name).lookingAt()) {
            return heading;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d{2}年" + java.util.regex.Pattern.quote(name))
                .matcher(text);
        return m.find() ? new TitleFinder.Title(new Span(m.start(), m.end()), heading.delivery(), false, false) : heading;
    }

    /** The folded name: one program however often it is named. */
    public static String key(String text, Span title) {
        return LabelNormalizer.fold(title.of(text)).replaceAll("\\s+", "");
    }

    /** A name without quotes must name a target, a role or a topic, and hold no word of a sentence. */
    private boolean namesByConcept(String text, Span title) {
        String t = title.of(text);
        return !SENTENCE_WORDS.matcher(t).find() && !CLAUSE_PUNCTUATION.matcher(t).find()
                && !matcher.find(text, title.start(), title.end(), NAMING).isEmpty();
    }

    /**
     * Whether a heading reports a meeting with a delegation (中联部负责同志会见老挝人民革命党干部考察团):
     * a cue of a meeting before what reads as a name; a meeting is no program.
     */
    private boolean aMeeting(String text, int lineStart, Span title) {
        return !matcher.find(text, lineStart, title.end(), List.of(scheme("engagement-cues"))).isEmpty();
    }

    private boolean names(String text, Span title) {
        String t = title.of(text).strip();
        if (t.isEmpty() || GENERIC_START.matcher(t).lookingAt()
                || CLAUSE_PUNCTUATION.matcher(INNER_QUOTE.matcher(t).replaceAll("")).find()) {
            return false;
        }
        return !matcher.find(text, title.start(), title.end(), NAMING).isEmpty() || t.length() >= MIN_BARE_TITLE;
    }
}
