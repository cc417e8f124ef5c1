package org.exchangeatlas.generate;

import java.util.List;
import java.util.Random;

/**
 * Draws from a list with a Zipf-like skew (the first items most often), the way real corpora
 * favour a few bodies, topics and countries. Deterministic for the {@link Random} it is given.
 *
 * @param <T> the items drawn
 */
final class Skew<T> {
    private final List<T> items;
    private final double[] cumulative;

    /** Weights the item at rank {@code r} (from 1) by {@code 1 / r^exponent}. */
    Skew(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    T draw(Random random) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
