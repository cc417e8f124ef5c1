package org.exchangeatlas.server.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Stands before the endpoints that change data ({@code /sparql/update}, {@code /sparql/data}):
 * a request from a page of another origin is refused (403) whatever its credentials, so that a
 * site cannot use a browser's cached login; then HTTP basic authentication against the one user,
 * whose password is kept hashed; after a wrong password the client's address waits
 * ({@link LoginBackoff}; 429 with {@code Retry-After} meanwhile). The request goes on with its
 * user as {@code getRemoteUser()}, which Fuseki's per-endpoint policy checks again.
 */
public final class WriteGuard implements Filter {
    private final String prefix;
    private final String realm;
    private final String user;
    private final PasswordHash password;
    private final LoginBackoff backoff;

    /** Guards the requests whose path starts with {@code prefix} ({@code /sparql/}); others pass. */
    public WriteGuard(String prefix, String realm, String user, PasswordHash password, LoginBackoff backoff) {
        this.prefix = prefix;
        this.realm = realm;
        this.user = user;
        this.password = password;
        this.backoff = backoff;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!request.getRequestURI().startsWith(prefix) || "OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> crossOrigin = SameOrigin.refusal(request);
        if (crossOrigin.isPresent()) {
            PlainErrors.send(response, HttpServletResponse.SC_FORBIDDEN, crossOrigin.get());
            return;
        }
        String[] given = credentials(request.getHeader("Authorization"));
        if (given == null) {
            challenge(response, "this endpoint needs a user and password (HTTP basic authentication)");
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = backoff.remaining(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(seconds));
            PlainErrors.send(response, 429, "too many failed logins from " + address + "; try again in " + seconds + " s");
            return;
        }
        boolean ok = user.equals(given[0]) & password.matches(given[1]);
        if (!ok) {
            backoff.failed(address);
            challenge(response, "wrong user or password");
            return;
        }
        backoff.succeeded(address);
        chain.doFilter(new Authenticated(request, user), response);
    }

    private void challenge(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        PlainErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    /** {user, password} from a basic {@code Authorization} header, or null. */
    static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The request as an authenticated one: Fuseki reads the user from {@code getRemoteUser()}. */
    private static final class Authenticated extends HttpServletRequestWrapper {
        private final String user;

        Authenticated(HttpServletRequest request, String user) {
            super(request);
            this.user = user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }
}
