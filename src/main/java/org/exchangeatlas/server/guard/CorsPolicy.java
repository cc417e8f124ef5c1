package org.exchangeatlas.server.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin reads (CORS), off unless origins are named ({@code --cors ORIGIN...}): a request
 * from a named origin gets {@code Access-Control-Allow-Origin} with that origin ({@code *} when
 * {@code *} is named), for GET and POST queries only, and never
 * {@code Access-Control-Allow-Credentials}: another site's page may read public answers, not act
 * with a login. A preflight from a named origin is answered here (204); any other origin gets no
 * CORS header at all, so the browser keeps the answer from the page.
 */
public final class CorsPolicy implements Filter {
    private final Set<String> origins;
    private final boolean anyOrigin;

    /** {@code origins}: {@code scheme://host[:port]} each, or {@code *}; empty: CORS off. */
    public CorsPolicy(List<String> origins) {
        this.origins = origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.anyOrigin = this.origins.contains("*");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        if (origin != null && !origins.isEmpty()) {
            response.addHeader("Vary", "Origin");
            if (anyOrigin || origins.contains(origin.toLowerCase(Locale.ROOT))) {
                response.setHeader("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
                if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                    response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                    response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                    response.setHeader("Access-Control-Max-Age", "600");
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
