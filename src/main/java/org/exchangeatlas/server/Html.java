package org.exchangeatlas.server;

/**
 * Builds the server's HTML pages: text is escaped where it is appended, and every page shares one
 * frame (the navigation bar, the stylesheet, optional scripts). Not thread-safe: one per response.
 */
final class Html {
    private final StringBuilder body = new StringBuilder(4096);

    /** Appends markup as it is: only for literal markup written in this package. */
    Html raw(String markup) {
        body.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String text) {
        body.append(escape(text));
        return this;
    }

    /** {@code <tag attrs>escaped text</tag>}. */
    Html element(String tag, String attributes, String text) {
        body.append('<').append(tag);
        if (!attributes.isEmpty()) {
            body.append(' ').append(attributes);
        }
        body.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** A link: {@code <a href="href">text</a>}, both escaped. */
    Html link(String href, String text) {
        body.append("<a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a>");
        return this;
    }

    /**
     * The whole page: the frame around what was appended, with {@code scripts} (paths on this
     * server) loaded deferred. The page is in English; Chinese text carries {@code lang="zh"}.
     */
    String page(String title, String... scripts) {
        StringBuilder page = new StringBuilder(body.length() + 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" · Exchange Atlas</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/web/atlas.css\">\n");
        for (String script : scripts) {
            page.append("<script src=\"").append(escape(script)).append("\" defer></script>\n");
        }
        page.append("</head>\n<body>\n").append(NAVIGATION).append("<main>\n").append(body).append("\n</main>\n</body>\n</html>\n");
        return page.toString();
    }

    static final String NAVIGATION = "<header class=\"bar\"><a class=\"brand\" href=\"/\">Exchange Atlas</a>"
            + "<nav><a href=\"/\">Explorer</a><a href=\"/query\">SPARQL</a>"
            + "<a href=\"/.well-known/void\">Dataset</a></nav></header>\n";

    /** Escapes {@code & < > " '} for text and attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
