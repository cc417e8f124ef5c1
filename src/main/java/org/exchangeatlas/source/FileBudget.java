package org.exchangeatlas.source;

import java.time.Duration;

/**
 * How much one file may cost a build: the time its reading and extraction may take, and the
 * characters of text it may give. A hostile file (markup that inflates, a parser that spins) is
 * then one line {@code PATH: reason}, and the build goes on with the rest. The options of
 * {@code atlas build} are named after these settings.
 *
 * @param timeLimit the longest one file may be read and extracted
 * @param textLimit the most characters of text one file may give
 */
public record FileBudget(Duration timeLimit, long textLimit) {
    /** The option that sets {@link #timeLimit}, in seconds. */
    public static final String TIME_OPTION = "--file-time-limit";
    /** The option that sets {@link #textLimit}, in MB of text (2^20 characters). */
    public static final String TEXT_OPTION = "--file-text-limit";
    /** Characters in one MB of text, as {@link #TEXT_OPTION} counts it. */
    public static final long CHARS_PER_MB = 1L << 20;
    /** 60 s and 200 MB of text: far above any real notice or table, far below a stuck build. */
    public static final FileBudget DEFAULTS = new FileBudget(Duration.ofSeconds(60), 200 * CHARS_PER_MB);

    public FileBudget {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException(TIME_OPTION + " must be above 0: " + timeLimit.toSeconds());
        }
        if (textLimit < 1 || textLimit > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(TEXT_OPTION + " must be between 1 and 2047 MB");
        }
    }

    /** The budget from the options' units: seconds and MB of text. */
    public static FileBudget of(long seconds, long megabytes) {
        if (megabytes < 1 || megabytes > 2047) {
            throw new IllegalArgumentException(TEXT_OPTION + " must be between 1 and 2047 MB: " + megabytes);
        }
        if (seconds < 1) {
            throw new IllegalArgumentException(TIME_OPTION + " must be at least 1 second: " + seconds);
        }
        return new FileBudget(Duration.ofSeconds(seconds), megabytes * CHARS_PER_MB);
    }

    /** The allowance of one file, its clock started now. */
    public Allowance start() {
        return startAfter(Duration.ZERO);
    }

    /** The allowance of a file that has already spent {@code spent} (read on one thread, extracted on another). */
    public Allowance startAfter(Duration spent) {
        return new Allowance(this, System.nanoTime() + timeLimit.toNanos() - spent.toNanos());
    }

    /**
     * One file's budget as it is spent: the moment its time runs out.
     *
     * @param budget        the budget it was started from
     * @param deadlineNanos {@link System#nanoTime()} at which the time limit is reached
     */
    public record Allowance(FileBudget budget, long deadlineNanos) {
        /** The time left, never below zero. */
        public Duration remaining() {
            return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
        }

        public boolean expired() {
            return expired(0);
        }

        /** Whether the time is up, not counting {@code pausedNanos} the file spent waiting on others (the store's writer). */
        public boolean expired(long pausedNanos) {
            return System.nanoTime() - pausedNanos - deadlineNanos >= 0;
        }

        /** The reason a file that ran out of time is skipped. */
        public String timeReason() {
            return "took longer than " + budget.timeLimit().toSeconds() + " s, the time limit for one file ("
                    + TIME_OPTION + ")";
        }

        /** The reason a file whose text runs past the limit is skipped. */
        public String textReason() {
            return "its text runs past " + budget.textLimit() + " characters, the text limit for one file ("
                    + TEXT_OPTION + " " + budget.textLimit() / CHARS_PER_MB + ")";
        }

        /** Throws when the time is up. */
        public void checkTime() throws UnreadableFileException {
            if (expired()) {
                throw new UnreadableFileException(timeReason());
            }
        }

        /** Throws when {@code chars} characters of text are over the limit. */
        public void checkText(long chars) throws UnreadableFileException {
            if (chars > budget.textLimit()) {
                throw new UnreadableFileException(textReason());
            }
        }
    }
}
