package org.exchangeatlas.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the markup of an HTML page says about the characters of the text Tika extracted from it:
 * which are link text ({@code <a>}) and which heading text ({@code <h1>}..{@code <h6>}). Tika's
 * text keeps no markup, and it stays the document's text (claims count into it), so the page is
 * parsed again with jsoup and its text nodes are laid over Tika's text by their non-space
 * characters, in order; a stretch one side has and the other lacks is skipped.
 */
final class HtmlMarkup {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "title", "head");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** How far ahead in the markup's text a lost alignment is looked for. */
    private static final int WINDOW = 2000;
    /** How many characters must agree to take up the alignment again. */
    private static final int ANCHOR = 6;

    private final boolean[] link;
    private final boolean[] heading;

    private HtmlMarkup(boolean[] link, boolean[] heading) {
        this.link = link;
        this.heading = heading;
    }

    /** Whether the character at {@code i} of the text is link text. */
    boolean isLink(int i) {
        return link[i];
    }

    /** Whether the character at {@code i} of the text is heading text. */
    boolean isHeading(int i) {
        return heading[i];
    }

    /** No markup known: nothing is a link or a heading. */
    static HtmlMarkup none(String text) {
        return new HtmlMarkup(new boolean[text.length()], new boolean[text.length()]);
    }

    /** The markup of {@code html} laid over {@code text}; {@link #none} if the page cannot be parsed. */
    static HtmlMarkup of(byte[] html, String text) {
        StringBuilder chars = new StringBuilder();
        java.util.BitSet links = new java.util.BitSet();
        java.util.BitSet headings = new java.util.BitSet();
        try {
            org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(html), null, "");
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (!(node instanceof TextNode t) || inside(t, SKIPPED)) {
                        return;
                    }
                    boolean isLink = inside(t, Set.of("a"));
                    boolean isHeading = inside(t, HEADINGS);
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (!blank(c)) {
                            links.set(chars.length(), isLink);
                            headings.set(chars.length(), isHeading);
                            chars.append(c);
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {}
            }, page);
        } catch (IOException | RuntimeException e) {
            return none(text);
        }
        boolean[] link = new boolean[text.length()];
        boolean[] heading = new boolean[text.length()];
        int j = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (blank(c)) {
                continue;
            }
            if (j < chars.length() && chars.charAt(j) == c) {
                link[i] = links.get(j);
                heading[i] = headings.get(j);
                j++;
                continue;
            }
            int k = realign(chars, j, text, i);
            if (k >= 0) {
                j = k;
                link[i] = links.get(j);
                heading[i] = headings.get(j);
                j++;
            }
        }
        return new HtmlMarkup(link, heading);
    }

    /** Where in the markup's characters, at or after {@code from}, the text at {@code at} goes on. */
    private static int realign(CharSequence chars, int from, String text, int at) {
        String anchor = nonBlank(text, at, ANCHOR);
        int limit = Math.min(chars.length(), from + WINDOW);
        for (int k = from; k < limit; k++) {
            if (chars.charAt(k) == anchor.charAt(0) && startsWith(chars, k, anchor)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean startsWith(CharSequence chars, int k, String anchor) {
        if (k + anchor.length() > chars.length()) {
            return false;
        }
        for (int i = 0; i < anchor.length(); i++) {
            if (chars.charAt(k + i) != anchor.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String nonBlank(String text, int from, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = from; i < text.length() && b.length() < n; i++) {
            if (!blank(text.charAt(i))) {
                b.append(text.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean inside(Node node, Set<String> tags) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && tags.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }
}
