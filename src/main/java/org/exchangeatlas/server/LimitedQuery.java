package org.exchangeatlas.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.server.guard.ServicePolicy;

/**
 * Fuseki's SPARQL query operation with a ceiling on the rows a query returns: a query without
 * {@code LIMIT}, or with a larger one, runs as if it said {@code LIMIT resultLimit}; and a query
 * calling a remote endpoint its {@link ServicePolicy} does not allow is refused (403) before it
 * runs. (The time limit is not here: Fuseki reads it from the endpoint's context,
 * {@code ARQ.queryTimeout}.)
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long resultLimit;
    private final ServicePolicy services;

    LimitedQuery(long resultLimit, ServicePolicy services) {
        this.resultLimit = resultLimit;
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        services.check(query).ifPresent(ServletOps::errorForbidden);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        return Pair.create(decided.getLeft(), limited(decided.getRight() == null ? query : decided.getRight()));
    }

    /** The query itself when its own limit is within bounds; otherwise a copy with the ceiling. */
    Query limited(Query query) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= resultLimit)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(resultLimit);
        return copy;
    }
}
