package org.exchangeatlas.pipeline;

/** Hears a build's progress: the command line draws a progress bar from it. */
public interface BuildListener {
    /** The build found {@code files} files to read. */
    default void started(int files) {}

    /** One file was read (or skipped). */
    default void fileDone(String sourcePath) {}

    /** One file was skipped, with the reason. */
    default void skipped(Skipped skipped) {}

    /** Every document is written; the build is merging programs, inferring and committing. */
    default void writing() {}

    BuildListener NONE = new BuildListener() {};
}
