package org.exchangeatlas.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.exchangeatlas.server.guard.UpdateCheck;

/**
 * Fuseki's SPARQL update operation that first reads the request and refuses, with 403 and the
 * reason, what {@link UpdateCheck} forbids ({@code LOAD}, {@code file:} IRIs, SERVICE calls not
 * allowed); an update it cannot parse goes on to Fuseki, which reports the syntax error.
 */
final class GuardedUpdate extends SPARQL_Update {
    private static final String[] GRAPH_PARAMETERS = {"using-graph-uri", "using-named-graph-uri"};

    private final UpdateCheck check;

    GuardedUpdate(UpdateCheck check) {
        this.check = check;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] update;
        try {
            update = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        for (String parameter : GRAPH_PARAMETERS) {
            String[] values = action.getRequest().getParameterValues(parameter);
            for (String v : values == null ? new String[0] : values) {
                check.refusal(v).ifPresent(ServletOps::errorForbidden);
            }
        }
        Optional<String> refusal;
        try {
            refusal = check.refusal(UpdateFactory.read(new ByteArrayInputStream(update), Fuseki.BaseParserSPARQL,
                    Syntax.syntaxARQ));
        } catch (QueryParseException | UpdateException e) {
            refusal = Optional.empty();
        }
        refusal.ifPresent(ServletOps::errorForbidden);
        super.execute(action, new ByteArrayInputStream(update));
    }
}
