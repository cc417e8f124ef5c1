package org.exchangeatlas.pipeline;

/**
 * How a build treats what the store already holds.
 *
 * @param prune  remove the documents whose files are no longer among the paths given
 * @param reread read every file again, even those the store holds unchanged
 */
public record BuildOptions(boolean prune, boolean reread) {
    public static final BuildOptions DEFAULTS = new BuildOptions(false, false);
}
