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

    /** Finds nothing: every character is content. */
    FurnitureFinder NONE = (text, mediaType) -> List.of();
}
