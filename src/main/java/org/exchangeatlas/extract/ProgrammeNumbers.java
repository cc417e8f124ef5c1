package org.exchangeatlas.extract;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The programmes of a notice that one of its clauses is restricted to, by their numbers
 * ("Candidates for Programmes 01–03 must be medically fit", "Applicants for the residential
 * programmes (i) and (ii) must not be older than 45"): a requirement so restricted is not the
 * other programmes'. A clause that names no programme's number restricts nothing, nor does an
 * exception in brackets ("Age should not exceed 45 years (50 years for Programme 01)").
 */
final class ProgrammeNumbers {
    private static final String NUMBER = "(?:\\d{1,2}|\\([ivx]{1,4}\\))";
    private static final Pattern NAMED = Pattern.compile("(?i)\\bprogram(?:me)?s?\\s+(?<list>" + NUMBER
            + "(?:\\s*(?:,|and|&|or|–|—|-|to)\\s*" + NUMBER + ")*)");
    private static final Pattern ITEM = Pattern.compile("(?i)(?<n>" + NUMBER + ")(?:\\s*(?<range>–|—|-|to)\\s*(?<m>" + NUMBER + "))?");
    private static final Pattern EXCEPTION = Pattern.compile("(?i)\\([^()]*\\bfor\\s+(?:the\\s+)?program(?:me)?s?\\b[^()]*\\)");

    private ProgrammeNumbers() {}

    /** The numbers of the programmes {@code clause} names; empty when it names none. */
    static Set<Integer> in(String clause) {
        Set<Integer> out = new TreeSet<>();
        // "(50 years for Programme 01)": an exception for one programme inside a rule for all restricts nothing
        Matcher named = NAMED.matcher(EXCEPTION.matcher(clause).replaceAll(" "));
        while (named.find()) {
            Matcher item = ITEM.matcher(named.group("list"));
            while (item.find()) {
                int n = value(item.group("n"));
                int m = item.group("m") != null ? value(item.group("m")) : n;
                for (int k = n; k <= m && k - n < 20; k++) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    private static int value(String number) {
        String s = number.replaceAll("[()]", "").toLowerCase(java.util.Locale.ROOT);
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = roman(s.charAt(i));
            int next = i + 1 < s.length() ? roman(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v; // iv = 4, ix = 9
        }
        return total;
    }

    /** The value of a lower-case Roman digit of NUMBER: i, v or x. */
    private static int roman(char c) {
        return c == 'i' ? 1 : c == 'v' ? 5 : 10;
    }
}
