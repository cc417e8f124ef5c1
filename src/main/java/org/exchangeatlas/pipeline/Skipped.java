package org.exchangeatlas.pipeline;

/** A file a build did not take, and why: shown to the user as {@code PATH: reason}. */
public record Skipped(String sourcePath, String reason) {
    @Override
    public String toString() {
        return sourcePath + ": " + reason;
    }
}
