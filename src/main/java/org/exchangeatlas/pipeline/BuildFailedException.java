package org.exchangeatlas.pipeline;

/**
 * A build its {@link ProblemHandler} ended at an error ({@code --strict}): nothing of it was
 * committed.
 */
public final class BuildFailedException extends RuntimeException {
    private final transient Skipped problem;

    public BuildFailedException(Skipped problem) {
        super("the build failed at its first error (--strict); the store is as it was");
        this.problem = problem;
    }

    /** The error the build failed at. */
    public Skipped problem() {
        return problem;
    }
}
