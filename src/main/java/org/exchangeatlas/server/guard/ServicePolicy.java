package org.exchangeatlas.server.guard;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * Which remote SPARQL endpoints a query may call with {@code SERVICE}: none by default (a query
 * that names one would make the server fetch any URL for whoever sends it), or the http(s)
 * endpoints on the hosts named with {@code --allow-service HOST...}. Checked twice: on the query's
 * syntax before it runs, for a clear 400, and by the executor of every {@code SERVICE} call
 * (also one whose endpoint is a variable bound at run time), set in the endpoint's context with
 * ARQ's own switch and a time limit on the remote call.
 *
 * @param hosts the allowed host names, lower case; empty: SERVICE is off
 */
public record ServicePolicy(Set<String> hosts) {
    public ServicePolicy {
        hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** SERVICE off. */
    public static ServicePolicy off() {
        return new ServicePolicy(Set.of());
    }

    /** Whether a SERVICE call to {@code endpoint} may go out. */
    public boolean allows(Node endpoint) {
        if (hosts.isEmpty() || !endpoint.isURI()) {
            return false;
        }
        try {
            URI uri = new URI(endpoint.getURI());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Why a SERVICE call to {@code endpoint} is refused. */
    public String refusal(Node endpoint) {
        if (hosts.isEmpty()) {
            return "SERVICE is off on this server (atlas serve --allow-service HOST allows the hosts it names)";
        }
        if (!endpoint.isURI()) {
            return "SERVICE needs a fixed endpoint IRI here, not " + endpoint;
        }
        return "SERVICE <" + endpoint.getURI() + "> is not allowed: only http(s) endpoints on "
                + String.join(", ", new TreeSet<>(hosts));
    }

    /** The first refusal for the SERVICE calls in {@code query}'s pattern, if any. */
    public Optional<String> check(Query query) {
        return query.getQueryPattern() == null ? Optional.empty() : check(query.getQueryPattern());
    }

    /** The first refusal for the SERVICE calls in a graph pattern, if any. */
    public Optional<String> check(Element pattern) {
        return check(Algebra.compile(pattern));
    }

    private Optional<String> check(Op op) {
        String[] refused = {null};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                if (refused[0] == null && !allows(service.getService())) {
                    refused[0] = refusal(service.getService());
                }
            }
        }, new ExprVisitorBase());
        return Optional.ofNullable(refused[0]);
    }

    /**
     * Sets the policy in an endpoint's context: ARQ's switch for SERVICE, the remote call's time
     * limit ({@code timeout}), and a registry of SERVICE executors whose first link refuses any
     * endpoint not allowed before the HTTP executor sees it.
     */
    public void applyTo(Context context, Duration timeout) {
        JenaSystem.init();
        context.set(ARQ.httpServiceAllowed, !hosts.isEmpty());
        context.set(ARQ.httpQueryTimeout, Long.toString(timeout.toMillis()));
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            if (!allows(opExecute.getService())) {
                throw new QueryDeniedException(refusal(opExecute.getService()));
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}
