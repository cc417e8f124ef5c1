package org.exchangeatlas.source;

/**
 * One block of a page (a line of its text: a paragraph, a heading, a menu item) with the
 * measures jusText classifies it by.
 *
 * @param span             where the block stands in the text, without surrounding spaces
 * @param length           its length in characters, runs of spaces counted as one
 * @param stopwordDensity  the share of its tokens that are stopwords of its language
 * @param linkDensity      the share of its characters that are link text (HTML)
 * @param heading          whether it is a heading ({@code <h1>}..{@code <h6>}); plain text has
 *                         no markup and so no headings
 * @param thresholds       the thresholds of its language
 */
public record TextBlock(Span span, int length, double stopwordDensity, double linkDensity, boolean heading,
                        JusTextSettings.Thresholds thresholds) {}
