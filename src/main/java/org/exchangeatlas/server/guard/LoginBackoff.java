package org.exchangeatlas.server.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after a failed login from a client address, that address may not try
 * again for a while, and the wait doubles with each further failure (first, 2 × first, 4 × first
 * ... at most {@code longest}). A success forgets the address. Thread-safe; the table of
 * addresses is bounded ({@value #MAX_ADDRESSES}; expired entries go first).
 */
public final class LoginBackoff {
    static final int MAX_ADDRESSES = 10_000;

    private record Failures(int count, Instant blockedUntil) {}

    private final Duration first;
    private final Duration longest;
    private final Clock clock;
    private final Map<String, Failures> byAddress = new HashMap<>();

    public LoginBackoff(Duration first, Duration longest, Clock clock) {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("the back-off must be positive and the longest at least the first");
        }
        this.first = first;
        this.longest = longest;
        this.clock = clock;
    }

    /** How long {@code address} must still wait before it may try a password; empty: it may now. */
    public synchronized Optional<Duration> remaining(String address) {
        Failures f = byAddress.get(address);
        if (f == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.blockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Records a failed login; returns how long the address must now wait. */
    public synchronized Duration failed(String address) {
        Instant now = clock.instant();
        if (byAddress.size() >= MAX_ADDRESSES && !byAddress.containsKey(address)) {
            byAddress.values().removeIf(f -> f.blockedUntil().plus(longest).isBefore(now));
            if (byAddress.size() >= MAX_ADDRESSES) {
                byAddress.clear();
            }
        }
        int count = byAddress.containsKey(address) ? byAddress.get(address).count() + 1 : 1;
        Duration delay = delay(count);
        byAddress.put(address, new Failures(count, now.plus(delay)));
        return delay;
    }

    /** Records a successful login: the address starts afresh. */
    public synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    /** The wait after {@code failures} failures in a row: first × 2^(failures − 1), at most the longest. */
    Duration delay(int failures) {
        int doublings = Math.min(failures - 1, 30);
        Duration d = first.multipliedBy(1L << doublings);
        return d.compareTo(longest) > 0 ? longest : d;
    }
}
