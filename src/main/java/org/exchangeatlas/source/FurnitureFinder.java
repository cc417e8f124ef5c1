package org.exchangeatlas.source;

import java.util.List;

/**
 * Finds the page furniture of a scraped page (menus, "related articles", tickers, author boxes,
 * comments, footers): the stretches of text that are not the page's main content. What it
 * returns is set aside on the {@link Document}: kept in the text, counted, never extracted from.
 */
public interface FurnitureFinder {
    /** Stretches of {@code text} that are furniture, in order, not overlapping. */
    List<Span> setAside(String text, String mediaType);

    /**
     * The same, knowing the file's bytes, whose markup (an HTML page's links and headings) the
     * text no longer has; by default the bytes are not consulted.
     */
    default List<Span> setAside(String text, String mediaType, byte[] source) {
        return setAside(text, mediaType);
    }

    /** Finds nothing: every character is content. */
    FurnitureFinder NONE = (text, mediaType) -> List.of();
}
