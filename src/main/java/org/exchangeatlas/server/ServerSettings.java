package org.exchangeatlas.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code atlas serve} runs: where it listens, how long a query may take, how many rows a
 * query may return, and who, if anyone, may change the data. Immutable; {@link #defaults()}
 * gives the command line's defaults.
 *
 * @param host        the address to listen on ({@code 127.0.0.1} by default: this machine only)
 * @param port        the TCP port ({@value #DEFAULT_PORT} by default)
 * @param timeout     the longest a SPARQL query may run before it is cancelled with an error
 * @param resultLimit the most rows (solutions) a query returns; a query asking for more gets this many
 * @param updates     who may send SPARQL updates and Graph Store writes; empty: nobody, the
 *                    endpoint is read-only
 */
public record ServerSettings(String host, int port, Duration timeout, long resultLimit, Optional<Credentials> updates) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_RESULT_LIMIT = 100_000;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(updates, "updates");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the host is empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query time limit must be positive, not " + timeout.toSeconds() + " s");
        }
        if (resultLimit < 1) {
            throw new IllegalArgumentException("the result limit must be at least 1, not " + resultLimit);
        }
    }

    /** Read-only, on {@code 127.0.0.1:3030}, 30 s per query, {@value #DEFAULT_RESULT_LIMIT} rows. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_RESULT_LIMIT, Optional.empty());
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, timeout, resultLimit, updates);
    }

    public ServerSettings withTimeout(Duration newTimeout) {
        return new ServerSettings(host, port, newTimeout, resultLimit, updates);
    }

    public ServerSettings withResultLimit(long newLimit) {
        return new ServerSettings(host, port, timeout, newLimit, updates);
    }

    public ServerSettings withUpdates(Credentials credentials) {
        return new ServerSettings(host, port, timeout, resultLimit, Optional.of(credentials));
    }

    public boolean allowsUpdates() {
        return updates.isPresent();
    }

    /** The one user allowed to write, with HTTP basic authentication. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isBlank() || password.isEmpty()) {
                throw new IllegalArgumentException("updates need a user name and a password");
            }
            if (user.contains(":")) {
                throw new IllegalArgumentException("the user name may not contain ':'");
            }
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }
}
