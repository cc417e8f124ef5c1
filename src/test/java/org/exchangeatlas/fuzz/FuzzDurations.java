package org.exchangeatlas.fuzz;

/**
 * How long each target fuzzes when {@code JAZZER_FUZZ=1} (the {@code fuzz} Maven profile). An
 * annotation takes only constants, so the figure lives here; without {@code JAZZER_FUZZ} the
 * targets run their seed inputs only and this has no effect.
 */
public final class FuzzDurations {
    public static final String PER_TARGET = "60s";

    private FuzzDurations() {}
}
