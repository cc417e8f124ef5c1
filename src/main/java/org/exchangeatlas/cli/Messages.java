package org.exchangeatlas.cli;

/** Turns exception messages into the one line a user sees. */
final class Messages {
    private Messages() {}

    /** The first non-blank line of {@code message}, trimmed; {@code ""} for null. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        for (String line : message.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    /** One line for an unexpected exception: its message, or its kind when it has none. */
    static String describe(Throwable e) {
        String m = firstLine(e.getMessage());
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }
}
