package org.exchangeatlas.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.exchangeatlas.extract.Problem.Severity;

/**
 * A problem a build met, with its place: a file it did not take (an error), or a passage of a
 * document it did not understand (the extractor's {@link Severity}, a warning as a rule). Shown
 * to the user by the one formatter, {@link #toString()}: {@code PATH:LINE:COLUMN: reason}, or
 * {@code PATH: reason} where no place within the file is known.
 *
 * @param sourcePath the file
 * @param reason     what went wrong, for a user
 * @param severity   how much it matters; the build's {@link ProblemHandler} decides what follows
 * @param at         the place in the file's text, or null
 */
public record Skipped(String sourcePath, String reason, Severity severity, Position at) {
    public Skipped {
        Objects.requireNonNull(severity);
    }

    /** A file not taken: an error, for the file as a whole. */
    public Skipped(String sourcePath, String reason) {
        this(sourcePath, reason, Severity.ERROR, null);
    }

    /**
     * A place in a text, as editors count: line and column from 1, a line ending at each
     * {@code \n}, columns counted in UTF-16 code units as spans are.
     */
    public record Position(int line, int column) {
        /**
         * The places of the characters of {@code text}, by offset: the line starts are found once,
         * so a document with many problems is read once, not once a problem.
         */
        public static IntFunction<Position> in(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            return offset -> {
                int at = Math.min(Math.max(offset, 0), text.length());
                int line = Collections.binarySearch(starts, at);
                line = line >= 0 ? line : -line - 2; // the last line starting at or before the offset
                return new Position(line + 1, at - starts.get(line) + 1);
            };
        }
    }

    /** The file and, where known, the line and column: {@code PATH:LINE:COLUMN}. */
    public String where() {
        return at == null ? sourcePath : sourcePath + ":" + at.line() + ":" + at.column();
    }

    @Override
    public String toString() {
        return where() + ": " + reason;
    }
}
