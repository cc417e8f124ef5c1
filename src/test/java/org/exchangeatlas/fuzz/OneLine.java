package org.exchangeatlas.fuzz;

/** The declared errors must carry a one-line message the CLI can print after the path. */
public final class OneLine {
    private OneLine() {}

    public static void check(String message) {
        if (message == null || message.isBlank() || message.contains("\n")) {
            throw new AssertionError("not a one-line message: " + message);
        }
    }
}
