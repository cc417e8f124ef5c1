package org.exchangeatlas.pipeline;

import java.util.Objects;
import org.exchangeatlas.source.FileBudget;

/**
 * How a build treats what the store already holds, and what one file may cost it.
 *
 * @param prune  remove the documents whose files are no longer among the paths given
 * @param reread read every file again, even those the store holds unchanged
 * @param budget the time and text one file may take; a file over it is skipped with the reason
 */
public record BuildOptions(boolean prune, boolean reread, FileBudget budget) {
    public static final BuildOptions DEFAULTS = new BuildOptions(false, false, FileBudget.DEFAULTS);

    public BuildOptions {
        Objects.requireNonNull(budget);
    }

    /** With the default budget. */
    public BuildOptions(boolean prune, boolean reread) {
        this(prune, reread, FileBudget.DEFAULTS);
    }
}
