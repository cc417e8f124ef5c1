package org.exchangeatlas.extract.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;

/**
 * Cuts English prose into paragraphs and sentences: a paragraph is a run of lines with no blank
 * line between them (page furniture that was set aside is blank); a sentence ends at a full stop,
 * question or exclamation mark followed by a space and a capital, a digit or a quote, unless the
 * stop closes an abbreviation (Mr., U.S., Oct.). A paragraph without a closing stop (a headline)
 * is one sentence. Every span is trimmed of spaces.
 */
public final class Sentences {
    /** Words whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sen", "rep", "st", "no", "nos", "co", "inc", "ltd", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "e.g", "i.e", "approx", "dept", "gov", "govt",
            "fig", "vol", "pp", "ed", "eds", "jr", "sr", "mt", "ave", "u.s", "u.k", "u.n");
    private static final Pattern END = Pattern.compile("[.!?]+[\"'”’)\\]]*(?=\\s+[\"'“‘(\\[]?[\\p{Lu}\\d]|\\s*$)");

    private Sentences() {}

    /** A relative clause's opening (", which ran from ..."), the separator before a clause. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile("(?i)\\bwhich\\s*$");

    /** Whether {@code clause} is a relative clause of the one before it (split off at ", which"). */
    static boolean relative(String text, Span clause) {
        return RELATIVE.matcher(text.substring(Math.max(0, clause.start() - 8), clause.start())).find();
    }

    /** A mark that closes an article after its last stop: ■, □, ◆, (END). */
    private static final Pattern END_MARK = Pattern.compile("[\\s■□◆◇●▲★]+$|\\s*\\((?:END|end|Ends)\\)\\s*$");
    /** The longest line that may be a headline. */
    private static final int HEADLINE_LENGTH = 160;

    /** A line of its own, short and without a full stop: a headline or a subheading. */
    static boolean headline(String text, Span sentence) {
        String line = END_MARK.matcher(sentence.of(text)).replaceFirst("").strip(); // "… Administration. ■": an end mark
        return line.length() <= HEADLINE_LENGTH && !line.isEmpty() && ".!?\"”'’:;".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** The paragraphs of {@code text}, in order. */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                boolean blank = text.substring(lineStart, i).isBlank();
                if (blank) {
                    if (start >= 0) {
                        out.add(trim(text, start, end));
                        start = -1;
                    }
                } else {
                    if (start < 0) {
                        start = lineStart;
                    }
                    end = i;
                }
                lineStart = i + 1;
            }
        }
        if (start >= 0) {
            out.add(trim(text, start, end));
        }
        return out;
    }

    /** The sentences of one paragraph. */
    public static List<Span> of(String text, Span paragraph) {
        List<Span> out = new ArrayList<>();
        Matcher m = END.matcher(text).region(paragraph.start(), paragraph.end());
        m.useTransparentBounds(false).useAnchoringBounds(true);
        int start = paragraph.start();
        while (m.find()) {
            if (abbreviation(text, start, m.start()) && m.end() < paragraph.end()) {
                continue;
            }
            Span s = trim(text, start, m.end());
            if (s.end() > s.start()) {
                out.add(s);
            }
            start = m.end();
        }
        Span rest = trim(text, start, paragraph.end());
        if (rest.end() > rest.start()) {
            out.add(rest);
        }
        return out;
    }

    /** Whether the word before the stop at {@code stop} is an abbreviation or an initial. */
    private static boolean abbreviation(String text, int from, int stop) {
        int w = stop;
        while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, stop).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return true; // an initial: J. Smith
        }
        return ABBREVIATIONS.contains(word);
    }

    private static Span trim(String text, int a, int b) {
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }
}
