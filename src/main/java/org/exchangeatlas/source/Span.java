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

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
