package org.exchangeatlas.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of timings in milliseconds (nearest rank).
 *
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param runs how many timings
 */
public record Latencies(double p50, double p95, double p99, int runs) {
    public static Latencies of(double[] millis) {
        if (millis.length == 0) {
            return new Latencies(0, 0, 0, 0);
        }
        double[] s = millis.clone();
        Arrays.sort(s);
        return new Latencies(rank(s, 0.50), rank(s, 0.95), rank(s, 0.99), s.length);
    }

    private static double rank(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
