package org.exchangeatlas.extract.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.extract.prose.ProgramNames;
import org.exchangeatlas.source.Span;

/**
 * The names of the programs a page of prose reports, for {@link NewsReading}: its quoted names
 * (“…”); the name its heading gives where none is quoted, or where the quoted ones are others and
 * the heading's name, with its year, stands again unquoted in the text (a page may quote only
 * another program, a past one or one run beside it, and name its own unquoted); else the unquoted
 * names of its text. A name only of another time is set aside.
 */
final class PageTitles {
    /** How many lines from the top a page's heading may stand. */
    private static final int HEADING_LINES = 3;
    /** The fewest characters of a heading's short name that may stand for a longer name. */
    private static final int MIN_SHORT_NAME = 8;
    /** A meeting about a program or a scheme of programs (…培训班工作总结会, …研修班座谈会): no program itself. */
    private static final java.util.regex.Pattern MEETING_ABOUT = java.util.regex.Pattern.compile(
            "\\s*(?:工作)?(?:总结|部署|推进|启动|筹备|经验)?(?:交流)?(?:会议?|座谈会)");
    private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern.compile("^(?:19|20)\\d{2}年?");
    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile("(?:19|20)\\d{2}\\s*年");

    private PageTitles() {}

    /**
     * The titles of the page's programs, in order; each name of another time is added to
     * {@code setAside} (folded) instead.
     */
    static List<TitleFinder.Title> of(ProgramNames names, String text, String folded, List<Span> sentences,
            Optional<Integer> pageYear, List<String> setAside) {
        List<TitleFinder.Title> titles = new ArrayList<>(ProgramsOfOtherTimes.ofThisTime(folded,
                names.quoted(text, 0, text.length()), sentences, pageYear, setAside));
        boolean quotedNone = titles.isEmpty();
        List<TitleFinder.Title> heading = names.heading(text, HEADING_LINES)
                .filter(t -> !AggregatePrograms.countsSessions(text, t.title()))
                .filter(t -> !MEETING_ABOUT.matcher(text).region(t.title().end(), text.length()).lookingAt())
                .map(t -> names.withYear(text, t))
                .stream().toList();
        ProgramsOfOtherTimes.ofThisTime(folded, heading, sentences, pageYear, setAside).stream()
                .filter(h -> titles.isEmpty() || titles.stream().noneMatch(q -> sameName(text, h, q)) && namedAgain(text, h))
                .findFirst().ifPresent(h -> titles.add(0, h));
        if (titles.size() == 1 && quotedNone) {
            // the heading's short name (非洲法语国家职业教育研修班) where the text gives the full unquoted names
            // (2024年非洲法语国家职业教育发展与校企合作研修班, and another beside it): the full names
            List<TitleFinder.Title> unquoted = ProgramsOfOtherTimes.ofThisTime(folded, names.unquoted(text, 0, text.length()),
                    sentences, pageYear, setAside).stream().filter(u -> u.title().start() > titles.get(0).title().end()).toList();
            if (unquoted.stream().anyMatch(u -> sameWords(text, titles.get(0), u))) {
                titles.clear();
                titles.addAll(unquoted);
            }
        }
        if (titles.isEmpty()) {
            titles.addAll(ProgramsOfOtherTimes.ofThisTime(folded, names.unquoted(text, 0, text.length()), sentences,
                    pageYear, setAside));
        }
        return titles;
    }

    /**
     * Whether a heading's name, with its year, stands again in the page's text below it, unquoted:
     * the page's own program (农业农村部在昆明举办2025年某某研修班), not a heading's summary.
     */
    private static boolean namedAgain(String text, TitleFinder.Title h) {
        String name = h.title().of(text);
        if (!YEAR_FIRST.matcher(name).lookingAt()) {
            return false;
        }
        for (int at = text.indexOf(name, h.title().end()); at >= 0; at = text.indexOf(name, at + 1)) {
            if (at == 0 || "“「《\"'".indexOf(text.charAt(at - 1)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a short name is a longer one's: its targets and its type stand in the longer one, in
     * order (非洲法语国家职业教育研修班 in 2024年非洲法语国家职业教育发展与校企合作研修班).
     */
    private static boolean sameWords(String text, TitleFinder.Title shortName, TitleFinder.Title longName) {
        String a = withoutYear(ProgramNames.key(text, shortName.title()));
        String b = ProgramNames.key(text, longName.title());
        int at = 0;
        for (char c : a.toCharArray()) {
            at = b.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return a.length() >= MIN_SHORT_NAME;
    }

    /** Whether two titles name one program: one's name without its year holds the other's. */
    private static boolean sameName(String text, TitleFinder.Title a, TitleFinder.Title b) {
        String x = withoutYear(ProgramNames.key(text, a.title()));
        String y = withoutYear(ProgramNames.key(text, b.title()));
        return x.contains(y) || y.contains(x);
    }

    /** A name without the year it opens with (港口管理研修班 for 2018年港口管理研修班). */
    private static String withoutYear(String name) {
        return LEADING_YEAR.matcher(name).replaceFirst("");
    }
}
