package org.exchangeatlas.pipeline;

/**
 * Asks a running build to stop: the command line raises it when the process is told to end
 * (SIGTERM, Ctrl-C), and the build, which looks at it between files, between batches of a large
 * document and before it commits, then ends with {@link BuildStoppedException}, so that its one
 * write transaction is rolled back and the store stays as it was.
 */
public final class StopSignal {
    private volatile boolean raised;

    /** Asks the build to stop; it does so at its next look. */
    public void raise() {
        raised = true;
    }

    public boolean raised() {
        return raised;
    }

    /** Throws {@link BuildStoppedException} once the signal is raised. */
    void check() {
        if (raised) {
            throw new BuildStoppedException();
        }
    }
}
