package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;

/**
 * Cuts text into clauses at Chinese and Western sentence marks, so that a requirement's claim
 * quotes the clause that states it rather than one cue word.
 */
public final class Clauses {
    /** A line that opens with a field's label ("Duration: 3 November"): never the continuation of the line above. */
    private static final java.util.regex.Pattern LABELLED_LINE = java.util.regex.Pattern.compile("[A-Z][A-Za-z ()/&-]{0,40}:");

    private Clauses() {}

    private static boolean isStop(char c) {
        return c == '。' || c == '；' || c == ';' || c == '\n' || c == '！' || c == '？';
    }

    /**
     * A stop mark, or a full stop that ends an English sentence (followed by a space); a line
     * break inside an English sentence wrapped across lines ("in the\nparty's") is not a stop.
     */
    private static boolean isStop(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' && i > 0 && i + 1 < text.length()) {
            int b = i - 1;
            while (b > 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t' || text.charAt(b) == '\r')) {
                b--;
            }
            int a = i + 1;
            while (a + 1 < text.length() && (text.charAt(a) == ' ' || text.charAt(a) == '\t')) {
                a++;
            }
            char before = text.charAt(b);
            char after = text.charAt(a);
            boolean indented = a - i > 2; // a continuation line indented under its item
            if ((isLatin(before) || before == ',' || before == '-') && isLatin(after)
                    && (Character.isLowerCase(after) || indented) && !LABELLED_LINE.matcher(text).region(a, text.length()).lookingAt()) {
                return false;
            }
        }
        if (isStop(c)) {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                && !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** The stretches of {@code text[span]} between the matches of {@code separator}, as they are (not trimmed). */
    public static java.util.List<Span> between(String text, Span span, java.util.regex.Pattern separator) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = separator.matcher(text).region(span.start(), span.end());
        int start = span.start();
        while (m.find()) {
            out.add(new Span(start, m.start()));
            start = m.end();
        }
        out.add(new Span(start, span.end()));
        return out;
    }

    /** As {@link #between}, each stretch trimmed of white space, empty ones left out. */
    public static java.util.List<Span> trimmedBetween(String text, Span span, java.util.regex.Pattern separator) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        for (Span s : between(text, span, separator)) {
            int start = s.start();
            int end = s.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new Span(start, end));
            }
        }
        return out;
    }

    /** The clauses of {@code text[from, to)}, each trimmed, empty ones left out. */
    public static java.util.List<Span> split(String text, int from, int to) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || isStop(text, i)) {
                if (i > s) {
                    Span c = around(text, s, s, from, to);
                    if (c.end() > c.start()) {
                        out.add(c);
                    }
                }
                s = i + 1;
            }
        }
        return out;
    }

    /** The clause around {@code [start, end)}, within {@code [from, to)}, with its stop mark. */
    public static Span around(String text, int start, int end, int from, int to) {
        int s = start;
        while (s > from && !isStop(text, s - 1)) {
            s--;
        }
        int e = end;
        while (e < to && !isStop(text, e)) {
            e++;
        }
        if (e < to && text.charAt(e) != '\n') {
            e++;
        }
        java.util.regex.Matcher num = NoticeLayout.NUMBERING.matcher(text.substring(s, e));
        if (num.find() && num.end() < e - s) {
            s += num.end();
        }
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u3000')) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
