package org.exchangeatlas.pipeline;

/**
 * What a build does about each problem it meets, kept apart from the code that finds them, as
 * RIOT's {@code ErrorHandler} and Rio's {@code ParseErrorListener} are: the build always lists
 * its problems in its {@link BuildSummary}; the handler decides whether it goes on. Called on the
 * thread that writes the store, inside the build's one write transaction, so a handler that
 * throws leaves the store as it was.
 */
public interface ProblemHandler {
    /** A problem the build goes past: a passage an extractor could not read. */
    void warning(Skipped problem);

    /** A problem that loses data: a file the build did not take. */
    void error(Skipped problem);

    /** Goes on past every problem: the build takes what it can and lists the rest. */
    ProblemHandler GO_ON = new ProblemHandler() {
        @Override
        public void warning(Skipped problem) {}

        @Override
        public void error(Skipped problem) {}
    };

    /** Goes on past warnings and fails the build at the first error ({@code --strict}). */
    ProblemHandler STRICT = new ProblemHandler() {
        @Override
        public void warning(Skipped problem) {}

        @Override
        public void error(Skipped problem) {
            throw new BuildFailedException(problem);
        }
    };

    /** Hands {@code problem} on by its severity. */
    default void handle(Skipped problem) {
        switch (problem.severity()) {
            case WARNING -> warning(problem);
            case ERROR -> error(problem);
        }
    }
}
