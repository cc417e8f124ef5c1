package org.exchangeatlas.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LoginBackoff}: the wait doubles with each failure up to the longest, per address, and a success clears it. */
class LoginBackoffTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theWaitDoublesUpToTheLongestPerAddress() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        LoginBackoff backoff = new LoginBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5), clock);
        assertEquals(Optional.empty(), backoff.remaining("10.0.0.1"));
        assertEquals(Duration.ofSeconds(1), backoff.failed("10.0.0.1"));
        assertEquals(Duration.ofSeconds(2), backoff.failed("10.0.0.1"));
        assertEquals(Duration.ofSeconds(4), backoff.failed("10.0.0.1"));
        assertEquals(Duration.ofSeconds(5), backoff.failed("10.0.0.1"));
        assertEquals(Duration.ofSeconds(5), backoff.failed("10.0.0.1"));
        assertEquals(Optional.of(Duration.ofSeconds(5)), backoff.remaining("10.0.0.1"));
        assertEquals(Optional.empty(), backoff.remaining("10.0.0.2"), "another address does not wait");
        backoff.succeeded("10.0.0.1");
        assertEquals(Optional.empty(), backoff.remaining("10.0.0.1"));
        assertEquals(Duration.ofSeconds(1), backoff.failed("10.0.0.1"), "after a success the count starts again");
    }

    @Test
    void theWaitEndsWhenItsTimeHasPassed() {
        Clock later = Clock.fixed(T0.plusMillis(1500), ZoneOffset.UTC);
        LoginBackoff atStart = new LoginBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60), Clock.fixed(T0, ZoneOffset.UTC));
        atStart.failed("::1");
        assertEquals(Optional.of(Duration.ofSeconds(1)), atStart.remaining("::1"));
        assertEquals(Duration.ofMinutes(1), atStart.delay(40), "a long run of failures is bounded");
        LoginBackoff afterwards = new LoginBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60), later);
        assertEquals(Optional.empty(), afterwards.remaining("::1"));
    }
}
