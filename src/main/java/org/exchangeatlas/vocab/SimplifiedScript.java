package org.exchangeatlas.vocab;

import com.ibm.icu.text.Transliterator;

/**
 * Maps each traditional Chinese character to its simplified form (商務部 to 商务部, 東盟 to 东盟),
 * one character for one, so that text in either script matches the same labels at the same
 * offsets. The table comes from ICU4J's {@code Traditional-Simplified} transliterator: every
 * character of the CJK blocks is converted once, and only conversions that give exactly one
 * character are kept (a conversion that would change the text's length is left out, so spans
 * stay those of the original text).
 */
final class SimplifiedScript {
    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';

    /** Built once when first used; never changed after. */
    private static final class Table {
        static final char[] MAP = build();
    }

    private SimplifiedScript() {}

    /** The simplified form of {@code c}, or {@code c} itself. */
    static char of(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        return Table.MAP[c - FIRST];
    }

    private static char[] build() {
        char[] map = new char[LAST - FIRST + 1];
        StringBuilder all = new StringBuilder(map.length * 2);
        for (char c = FIRST; c <= LAST; c++) {
            map[c - FIRST] = c;
            all.append(c).append('\n');
        }
        String converted = Transliterator.getInstance("Traditional-Simplified").transliterate(all.toString());
        String[] lines = converted.split("\n", -1);
        if (lines.length < map.length) {
            return map; // the transliterator merged lines: keep every character as it is
        }
        for (int i = 0; i < map.length; i++) {
            if (lines[i].length() == 1) {
                map[i] = lines[i].charAt(0);
            }
        }
        return map;
    }
}
