package org.exchangeatlas.pipeline;

import java.util.Objects;
import org.exchangeatlas.source.FileBudget;

/**
 * How a build treats what the store already holds, what one file may cost it, and what it does
 * about the problems it meets.
 *
 * @param prune    remove the documents whose files are no longer among the paths given
 * @param reread   read every file again, even those the store holds unchanged
 * @param budget   the time and text one file may take; a file over it is skipped with the reason
 * @param problems the policy on problems: go on ({@link ProblemHandler#GO_ON}), or fail at the
 *                 first error ({@link ProblemHandler#STRICT})
 */
public record BuildOptions(boolean prune, boolean reread, FileBudget budget, ProblemHandler problems) {
    public static final BuildOptions DEFAULTS = new BuildOptions(false, false, FileBudget.DEFAULTS);

    public BuildOptions {
        Objects.requireNonNull(budget);
        Objects.requireNonNull(problems);
    }

    /** Going on past every problem. */
    public BuildOptions(boolean prune, boolean reread, FileBudget budget) {
        this(prune, reread, budget, ProblemHandler.GO_ON);
    }

    /** With the default budget, going on past every problem. */
    public BuildOptions(boolean prune, boolean reread) {
        this(prune, reread, FileBudget.DEFAULTS);
    }
}
