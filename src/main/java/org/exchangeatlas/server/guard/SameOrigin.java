package org.exchangeatlas.server.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a request comes from a page of this server, by its {@code Origin} header, else its
 * {@code Referer}: a page of another site that posts to us (with the browser's cached login) is
 * told apart from our own pages and from clients that are not browsers (which send neither). The
 * server's own origin is the scheme (or {@code X-Forwarded-Proto}, set by a reverse proxy) and the
 * {@code Host} header.
 */
final class SameOrigin {
    private SameOrigin() {}

    /** Empty when the request may go on; otherwise a one-line reason. */
    static Optional<String> refusal(HttpServletRequest request) {
        String own = own(request);
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return same(origin, own) ? Optional.empty()
                    : Optional.of("cross-origin request refused: origin " + origin + " is not this server (" + own + ")");
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return same(referer, own) ? Optional.empty()
                    : Optional.of("cross-origin request refused: the referring page is not on this server (" + own + ")");
        }
        return Optional.empty();
    }

    /** This server's origin as the client addressed it, {@code scheme://host[:port]}. */
    static String own(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        String scheme = "https".equalsIgnoreCase(forwarded) || "http".equalsIgnoreCase(forwarded)
                ? forwarded.toLowerCase(Locale.ROOT) : request.getScheme();
        String host = request.getHeader("Host");
        return scheme + "://" + (host == null ? request.getServerName() + ":" + request.getServerPort() : host);
    }

    /** Whether two URLs have the same scheme, host and port (a missing port is the scheme's own). */
    static boolean same(String url, String own) {
        Optional<String> a = key(url);
        return a.isPresent() && a.equals(key(own));
    }

    private static Optional<String> key(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
