package org.exchangeatlas.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares what an extractor gave with a held-out text's {@code expected.json}, collecting every
 * difference so that one failure shows them all.
 */
public final class Expectations {
    private Expectations() {}

    /** Adds a line to {@code wrong} when {@code expected} and {@code actual} differ. */
    public static void check(List<String> wrong, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            wrong.add(what + ": expected " + expected + " but got " + actual);
        }
    }

    /** A JSON value, list or null as a sorted set of strings. */
    public static TreeSet<String> set(JsonNode n) {
        TreeSet<String> s = new TreeSet<>();
        if (n == null || n.isNull()) {
            return s;
        }
        if (n.isArray()) {
            n.forEach(e -> s.add(e.asText()));
        } else {
            s.add(n.asText());
        }
        return s;
    }
}
