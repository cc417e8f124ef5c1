package org.exchangeatlas.extract.prose;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the numbers prose writes in words: Chinese numerals (十九, 二十三, 一百二十, 两, 廿六) and English
 * number words up to the hundreds ("twenty-two", "one hundred and five"), besides digits.
 */
public final class NumberWords {
    private static final String DIGITS = "零〇一二三四五六七八九";
    private static final Map<String, Integer> ENGLISH = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a dozen", 12), Map.entry("dozen", 12));

    /** A regular-expression fragment for a number in digits or Chinese numerals. */
    public static final String ZH = "(?:\\d{1,5}|[零〇一二两兩三四五六七八九十百千廿卅]{1,6})";
    /** A regular-expression fragment for a number in digits or English words. */
    public static final String EN = "(?:\\d{1,5}|(?:(?:one|two|three|four|five|six|seven|eight|nine)\\s+hundred(?:\\s+and)?\\s+)?"
            + "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine)(?:[-\\s](?:one|two|three|four"
            + "|five|six|seven|eight|nine))?|(?:one|two|three|four|five|six|seven|eight|nine)\\s+hundred)";

    private NumberWords() {}

    /** The value of digits, Chinese numerals or English number words; empty when it is none of them. */
    public static OptionalInt parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(t));
        }
        if (t.chars().allMatch(c -> c < 128)) {
            return english(t);
        }
        return chinese(t);
    }

    private static OptionalInt chinese(String t) {
        if (t.charAt(0) == '百' || t.charAt(0) == '千') {
            return OptionalInt.empty(); // 百余 and 数百 are no numbers
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = c == '两' || c == '兩' ? 2 : DIGITS.indexOf(c) >= 0 ? Math.max(0, DIGITS.indexOf(c) - 1) : -1;
            if (c == '零' || c == '〇') {
                d = 0;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            if ((c == '廿' || c == '卅') && digit < 0) {
                section += c == '廿' ? 20 : 30; // 廿六 = 26, 卅 = 30, as newspapers write them
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
            if (unit < 0) {
                return OptionalInt.empty();
            }
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        total += section + Math.max(digit, 0);
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }

    private static OptionalInt english(String t) {
        String[] words = t.replace('-', ' ').replace(" and ", " ").split("\\s+");
        int total = 0;
        int current = 0;
        for (String w : words) {
            if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
                continue;
            }
            Integer v = ENGLISH.get(w);
            if (v == null) {
                return OptionalInt.empty();
            }
            current += v;
        }
        total += current;
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }
}
