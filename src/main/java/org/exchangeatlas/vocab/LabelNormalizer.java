package org.exchangeatlas.vocab;

/**
 * Folds the characters that differ between spellings of one label without changing the text's
 * length, so that a match in the folded text has the same offsets in the original: full-width
 * forms to ASCII, dashes to '-', Latin letters to lower case, traditional Chinese characters to
 * simplified ({@link SimplifiedScript}).
 */
public final class LabelNormalizer {
    private LabelNormalizer() {}

    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63' -> c = '-';
            case '\u3000', '\u00A0' -> c = ' ';
            case '\u2019', '\u2018' -> c = '\'';
            default -> { }
        }
        return SimplifiedScript.of(Character.toLowerCase(c));
    }

    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }
}
