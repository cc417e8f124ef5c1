package org.exchangeatlas.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.server.guard.PasswordHash;

/**
 * How {@code atlas serve} runs: where it listens, how long a request may take, how many rows a
 * query may return, how large a request body may be, and what, beyond reading, it opens: who may
 * change the data, which remote endpoints SERVICE may call, which other origins' pages may read
 * answers. Immutable; {@link #defaults()} gives the command line's defaults, which open nothing.
 *
 * @param host         the address to listen on ({@code 127.0.0.1} by default: this machine only)
 * @param port         the TCP port ({@value #DEFAULT_PORT} by default)
 * @param timeout      the longest a request (a query, an update, a Graph Store read) may run
 * @param resultLimit  the most rows (solutions) a query returns; a query asking for more gets this many
 * @param updates      who may send SPARQL updates and Graph Store writes; empty: nobody, the
 *                     endpoint is read-only
 * @param serviceHosts the hosts whose SPARQL endpoints a query may call with SERVICE; empty: none
 * @param corsOrigins  the origins ({@code scheme://host[:port]}, or {@code *}) whose pages may read
 *                     answers across origins; empty: CORS off
 * @param bodyLimit    the most bytes a request body may have
 */
public record ServerSettings(String host, int port, Duration timeout, long resultLimit, Optional<Credentials> updates,
                             Set<String> serviceHosts, List<String> corsOrigins, long bodyLimit) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_RESULT_LIMIT = 100_000;
    public static final long DEFAULT_BODY_LIMIT = 10L * 1024 * 1024;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(updates, "updates");
        serviceHosts = Set.copyOf(serviceHosts);
        corsOrigins = List.copyOf(corsOrigins);
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
        if (bodyLimit < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte, not " + bodyLimit);
        }
        for (String h : serviceHosts) {
            if (!h.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]")) {
                throw new IllegalArgumentException("--allow-service takes host names (query.wikidata.org), not " + h);
            }
        }
        corsOrigins.forEach(ServerSettings::checkOrigin);
    }

    /** Read-only, on {@code 127.0.0.1:3030}, 30 s per request, {@value #DEFAULT_RESULT_LIMIT} rows, 10 MB bodies, nothing opened. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_RESULT_LIMIT, Optional.empty(),
                Set.of(), List.of(), DEFAULT_BODY_LIMIT);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, timeout, resultLimit, updates, serviceHosts, corsOrigins, bodyLimit);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, timeout, resultLimit, updates, serviceHosts, corsOrigins, bodyLimit);
    }

    public ServerSettings withTimeout(Duration newTimeout) {
        return new ServerSettings(host, port, newTimeout, resultLimit, updates, serviceHosts, corsOrigins, bodyLimit);
    }

    public ServerSettings withResultLimit(long newLimit) {
        return new ServerSettings(host, port, timeout, newLimit, updates, serviceHosts, corsOrigins, bodyLimit);
    }

    public ServerSettings withUpdates(Credentials credentials) {
        return new ServerSettings(host, port, timeout, resultLimit, Optional.of(credentials), serviceHosts, corsOrigins,
                bodyLimit);
    }

    public ServerSettings withServiceHosts(Set<String> hosts) {
        return new ServerSettings(host, port, timeout, resultLimit, updates, hosts, corsOrigins, bodyLimit);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(host, port, timeout, resultLimit, updates, serviceHosts, origins, bodyLimit);
    }

    public ServerSettings withBodyLimit(long bytes) {
        return new ServerSettings(host, port, timeout, resultLimit, updates, serviceHosts, corsOrigins, bytes);
    }

    public boolean allowsUpdates() {
        return updates.isPresent();
    }

    private static void checkOrigin(String origin) {
        if (origin.equals("*")) {
            return;
        }
        try {
            URI u = new URI(origin);
            boolean web = "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme());
            if (web && u.getHost() != null && (u.getRawPath() == null || u.getRawPath().isEmpty())
                    && u.getRawQuery() == null && u.getRawFragment() == null && u.getRawUserInfo() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("--cors takes origins such as https://analyst.example or *, not " + origin);
    }

    /** The one user allowed to write, with HTTP basic authentication; the password is kept hashed. */
    public record Credentials(String user, PasswordHash password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isBlank()) {
                throw new IllegalArgumentException("updates need a user name and a password");
            }
            if (user.contains(":")) {
                throw new IllegalArgumentException("the user name may not contain ':'");
            }
        }

        /** The user with {@code password} hashed at once; an empty password is refused. */
        public static Credentials of(String user, String password) {
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("updates need a user name and a password");
            }
            return new Credentials(user, PasswordHash.of(password));
        }
    }
}
