package org.exchangeatlas.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A browser that opens {@code /sparql} itself (a GET with no parameters that prefers HTML) is sent
 * to the SPARQL editor at {@code /query}; every other request goes on to Fuseki.
 */
final class SparqlPageFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && "GET".equals(http.getMethod()) && http.getQueryString() == null
                && SparqlService.PATH.equals(http.getRequestURI()) && prefersHtml(http.getHeader("Accept"))) {
            out.setStatus(HttpServletResponse.SC_SEE_OTHER);
            out.setHeader("Location", "/query");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean prefersHtml(String accept) {
        return accept != null && accept.contains("text/html");
    }
}
