package org.exchangeatlas.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * {@link ServicePolicy}: which endpoints it allows, the refusal it finds in a query's syntax, and
 * the executor link it sets in a context, which refuses an endpoint not allowed at run time
 * (checked here with the syntax check bypassed) before any connection is made.
 */
class ServicePolicyTest {
    static final ServicePolicy WIKIDATA = new ServicePolicy(Set.of("Query.Wikidata.org"));

    @Test
    void onlyHttpEndpointsOnTheNamedHostsAreAllowed() {
        assertTrue(WIKIDATA.allows(NodeFactory.createURI("https://query.wikidata.org/sparql")));
        assertTrue(WIKIDATA.allows(NodeFactory.createURI("http://QUERY.wikidata.org:8080/sparql")));
        assertFalse(WIKIDATA.allows(NodeFactory.createURI("ftp://query.wikidata.org/sparql")));
        assertFalse(WIKIDATA.allows(NodeFactory.createURI("http://user@query.wikidata.org/sparql")));
        assertFalse(WIKIDATA.allows(NodeFactory.createURI("http://query.wikidata.org.evil.example/sparql")));
        assertFalse(WIKIDATA.allows(NodeFactory.createURI("http://127.0.0.1/sparql")));
        assertFalse(WIKIDATA.allows(Var.alloc("x")));
        assertFalse(ServicePolicy.off().allows(NodeFactory.createURI("https://query.wikidata.org/sparql")));
    }

    @Test
    void theSyntaxCheckFindsServiceInSubqueriesAndExists() {
        assertEquals(Optional.of("SERVICE <http://127.0.0.1:9/> is not allowed: only http(s) endpoints on query.wikidata.org"),
                WIKIDATA.check(QueryFactory.create("SELECT * { { SELECT ?s { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } } }")));
        assertEquals(Optional.of("SERVICE needs a fixed endpoint IRI here, not ?e"),
                WIKIDATA.check(QueryFactory.create("SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE ?e { ?s ?p ?o } } }")));
        assertEquals(Optional.empty(),
                WIKIDATA.check(QueryFactory.create("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }")));
        assertEquals(Optional.empty(), ServicePolicy.off().check(QueryFactory.create("DESCRIBE <urn:x>")));
    }

    @Test
    void theExecutorRefusesAHostNotAllowedBeforeConnecting() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            listener.setSoTimeout(300);
            String endpoint = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            Context context = new Context();
            WIKIDATA.applyTo(context, Duration.ofSeconds(2));
            QueryDeniedException e = assertThrows(QueryDeniedException.class, () -> QueryExec
                    .dataset(DatasetGraphFactory.createTxnMem()).context(context)
                    .query("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }").select().materialize());
            assertEquals("SERVICE <" + endpoint + "> is not allowed: only http(s) endpoints on query.wikidata.org", e.getMessage());
            assertThrows(SocketTimeoutException.class, () -> {
                try (Socket s = listener.accept()) {
                    // a connection came: the test fails below
                }
            }, "the listener saw a connection");
        }
    }
}
