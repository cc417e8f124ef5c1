package org.exchangeatlas.eval;

/**
 * Counts of right, wrong and missed facts, and the figures made of them. A figure with nothing to
 * count is NaN (shown as "-").
 */
public record Tally(int right, int wrong, int missed) {
    public static final Tally ZERO = new Tally(0, 0, 0);

    /** This tally with one more judgement counted. */
    public Tally plus(Judgement.Verdict v) {
        return switch (v) {
            case RIGHT -> new Tally(right + 1, wrong, missed);
            case WRONG -> new Tally(right, wrong + 1, missed);
            case MISSED -> new Tally(right, wrong, missed + 1);
        };
    }

    /** Right among stated: right / (right + wrong). */
    public double precision() {
        return ratio(right, right + wrong);
    }

    /** Gold found: right / (right + missed). */
    public double recall() {
        return ratio(right, right + missed);
    }

    /** The harmonic mean of precision and recall: 2 right / (2 right + wrong + missed). */
    public double f1() {
        return ratio(2 * right, 2 * right + wrong + missed);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
