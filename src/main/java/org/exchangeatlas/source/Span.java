package org.exchangeatlas.source;

/**
 * A stretch of a document's text, in UTF-16 units, 0-based, end exclusive: the passage a claim
 * cites.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of the first match of {@code pattern} in {@code text[from, to)}, if any. */
    public static java.util.Optional<Span> firstMatch(java.util.regex.Pattern pattern, CharSequence text, int from, int to) {
        java.util.regex.Matcher m = pattern.matcher(text).region(from, to);
        return m.find() ? java.util.Optional.of(new Span(m.start(), m.end())) : java.util.Optional.empty();
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
