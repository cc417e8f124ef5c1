package org.exchangeatlas.server;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.exchangeatlas.server.guard.ServicePolicy;
import org.exchangeatlas.server.guard.UpdateCheck;

/**
 * The SPARQL side of the server, one Fuseki data service mounted at {@value #PATH}:
 * <pre>
 * /sparql          SPARQL 1.1 query (GET ?query=, POST form or application/sparql-query),
 *                  Graph Store Protocol read (GET ?default, GET ?graph=IRI)        open to all
 * /sparql/update   SPARQL 1.1 update                                              --allow-update, its user only
 * /sparql/data     Graph Store Protocol read and write (?default, ?graph=IRI)     --allow-update, its user only
 * </pre>
 * Without {@code --allow-update} the two writing endpoints do not exist, and an update sent to
 * {@code /sparql} is refused: the query endpoint knows no update operation. Every query runs
 * under the time limit (the endpoint's context, {@code ARQ.queryTimeout}) and the result limit
 * ({@link LimitedQuery}), every update under the time limit ({@code ARQ.updateTimeout}) and
 * {@link GuardedUpdate}'s checks; SERVICE calls go only where the {@link ServicePolicy} allows,
 * both in queries and in updates. (Who may write, body sizes and the time limit of the whole
 * exchange are checked before Fuseki, by the filters of {@code server.guard}.)
 */
final class SparqlService {
    /** Where the endpoint is mounted. */
    static final String PATH = "/sparql";
    static final String UPDATE = "update";
    static final String DATA = "data";

    private SparqlService() {}

    static DataService of(DatasetGraph dataset, ServerSettings settings) {
        ServicePolicy services = new ServicePolicy(settings.serviceHosts());
        Context queryLimits = new Context();
        queryLimits.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        services.applyTo(queryLimits, settings.timeout());
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("")
                        .processor(new LimitedQuery(settings.resultLimit(), services)).context(queryLimits).build())
                .addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName("").build());
        settings.updates().ifPresent(credentials -> {
            AuthPolicy writer = Auth.policyAllowSpecific(credentials.user());
            Context updateLimits = new Context();
            updateLimits.set(ARQ.updateTimeout, Long.toString(settings.timeout().toMillis()));
            services.applyTo(updateLimits, settings.timeout());
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName(UPDATE)
                    .processor(new GuardedUpdate(new UpdateCheck(services))).context(updateLimits)
                    .authPolicy(writer).build());
            service.addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName(DATA)
                    .authPolicy(writer).build());
        });
        return service.build();
    }
}
