package org.exchangeatlas.server.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes the request parameters that would let a link write into our answers before Fuseki sees
 * them: {@code stylesheet} (an XSLT reference written into SPARQL XML results) and
 * {@code callback} (JSONP, which wraps JSON results in a script call). The rest of the request is
 * as sent.
 */
public final class IgnoredParameters implements Filter {
    /** The parameters no request carries past this filter. */
    public static final Set<String> IGNORED = Set.of("stylesheet", "callback");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(new Stripped((HttpServletRequest) request), response);
    }

    /** {@code query} without its {@code name=value} pairs whose name is ignored. */
    static String withoutIgnored(String query) {
        return Arrays.stream(query.split("&"))
                .filter(pair -> !IGNORED.contains(name(pair)))
                .collect(Collectors.joining("&"));
    }

    private static String name(String pair) {
        int eq = pair.indexOf('=');
        try {
            return URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return pair;
        }
    }

    /** The request as seen without the ignored parameters. */
    private static final class Stripped extends HttpServletRequestWrapper {
        Stripped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            String q = super.getQueryString();
            return q == null ? null : withoutIgnored(q);
        }

        @Override
        public String getParameter(String name) {
            return IGNORED.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return IGNORED.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> kept = new LinkedHashMap<>(super.getParameterMap());
            kept.keySet().removeAll(IGNORED);
            return Collections.unmodifiableMap(kept);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
