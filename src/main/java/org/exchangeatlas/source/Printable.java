package org.exchangeatlas.source;

/**
 * The one way a file name (or any text from outside) is shown in a message: control characters
 * escaped, so that a name holding a line break cannot split the message's one line and a name
 * holding an escape character cannot colour or move the terminal. A line feed is shown as
 * {@code \n}, a carriage return as {@code \r}, a tab as {@code \t}, any other control character
 * as {@code \xHH} (ESC as {@code \x1b}), and the Unicode line and paragraph separators and
 * bidirectional overrides, which reorder or break what a terminal shows, as {@code \\uHHHH}.
 */
public final class Printable {
    private Printable() {}

    /** {@code text} with its control characters escaped; the same string when it has none. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (Character.isISOControl(c)) {
            return String.format("\\x%02x", (int) c);
        }
        boolean reorders = c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
        return reorders ? String.format("\\u%04x", (int) c) : null;
    }
}
