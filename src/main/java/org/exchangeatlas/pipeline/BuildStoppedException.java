package org.exchangeatlas.pipeline;

/** A build that stopped because it was asked to ({@link StopSignal}): nothing of it was committed. */
public final class BuildStoppedException extends RuntimeException {
    public BuildStoppedException() {
        super("the build was stopped before it committed; the store is as it was");
    }
}
