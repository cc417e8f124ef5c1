package org.exchangeatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A small two-column table: labels left-aligned, values right-aligned, for summaries and stats. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table row(String label, Object value) {
        rows.add(new String[] {label, String.valueOf(value)});
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out, String indent) {
        int left = 0;
        int right = 0;
        for (String[] r : rows) {
            left = Math.max(left, r[0].length());
            right = Math.max(right, r[1].length());
        }
        for (String[] r : rows) {
            out.println(indent + pad(r[0], left) + "  " + " ".repeat(right - r[1].length()) + r[1]);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
