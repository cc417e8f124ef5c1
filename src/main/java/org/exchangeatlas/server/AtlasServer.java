package org.exchangeatlas.server;

import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.exchangeatlas.server.guard.CorsPolicy;
import org.exchangeatlas.server.guard.IgnoredParameters;
import org.exchangeatlas.server.guard.LoginBackoff;
import org.exchangeatlas.server.guard.RequestLimits;
import org.exchangeatlas.server.guard.SecurityHeaders;
import org.exchangeatlas.server.guard.WriteGuard;
import org.exchangeatlas.store.AtlasStore;

/**
 * The running server of {@code atlas serve}: Jena Fuseki (Jetty 12) over the store's TDB2
 * dataset, whose default graph is the union of its graphs, with the pages around it.
 * <pre>
 * /                     the explorer (web/index.html: matrix, network, map, timeline, filters, search)
 * /query                the SPARQL editor, with the shipped queries
 * /sparql ...           the SPARQL endpoint ({@link SparqlService})
 * /id/{kind}/{slug}     linked data: HTML, Turtle, JSON-LD, N-Triples by Accept ({@link LinkedDataServlet})
 * /doc/{sha256}         a document's text, a claim's passage highlighted by #start-end ({@link DocumentServlet})
 * /.well-known/void     VoID and DCAT description of the dataset ({@link VoidServlet})
 * /api/queries          the shipped queries as JSON; /api/world.json the world map keyed by ISO code
 * /web/*, /webjars/*    the pages' scripts and styles, and ECharts from its WebJar
 * </pre>
 * Every request passes, in this order: {@link SecurityHeaders} (Content-Security-Policy and the
 * like), {@link CorsPolicy} (off unless origins are named), {@link RequestLimits} (body size, the
 * time limit of the whole exchange), {@link IgnoredParameters} ({@code stylesheet}, {@code callback}
 * dropped), and for {@code /sparql/...} with {@code --allow-update}, {@link WriteGuard} (same
 * origin, the user's password, back-off after failures). {@link #start} returns once the server
 * listens; {@link #close} stops it (it does not close the store, which the caller owns).
 */
public final class AtlasServer implements AutoCloseable {
    private static final String REALM = "Exchange Atlas";
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(60);

    private final FusekiServer fuseki;
    private final URI url;

    private AtlasServer(FusekiServer fuseki, URI url) {
        this.fuseki = fuseki;
        this.url = url;
    }

    /** Starts serving {@code store}; throws a one-line {@link ServerException} when it cannot listen. */
    public static AtlasServer start(AtlasStore store, ServerSettings settings) throws ServerException {
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(settings.port())
                .enableCors(false, null)
                .enablePing(true)
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new CorsPolicy(settings.corsOrigins()))
                .addFilter("/*", new RequestLimits(settings.bodyLimit(), settings.timeout()))
                .addFilter("/*", new IgnoredParameters())
                .add(SparqlService.PATH, SparqlService.of(store.datasetGraph(), settings))
                .addFilter(SparqlService.PATH, new SparqlPageFilter())
                .addServlet("/id/*", new LinkedDataServlet(store))
                .addServlet("/doc/*", new DocumentServlet(store))
                .addServlet(VoidServlet.PATH, new VoidServlet(store, !settings.allowsUpdates()))
                .addServlet("/api/queries", new QueriesServlet(ShippedQueries.load()))
                .addServlet("/api/world.json", new WorldMapServlet(store))
                .addServlet("/webjars/*", new WebJarServlet())
                .addServlet("", new PageServlet())
                .addServlet("/query", new PageServlet())
                .addServlet("/web/*", new PageServlet());
        settings.updates().ifPresent(c -> builder.addFilter("/*", new WriteGuard(SparqlService.PATH + "/", REALM,
                c.user(), c.password(), new LoginBackoff(FIRST_BACKOFF, LONGEST_BACKOFF, Clock.systemUTC()))));
        FusekiServer fuseki = builder.build();
        ServletContextHandler context = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, settings.bodyLimit()));
        }
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector http) {
                http.setHost(settings.host());
            }
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stopQuietly(fuseki);
            throw new ServerException(settings.host() + ":" + settings.port() + ": cannot listen: " + reason(e), e);
        }
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return new AtlasServer(fuseki, URI.create("http://" + host + ":" + fuseki.getHttpPort() + "/"));
    }

    /** The explorer's address, ending in {@code /}. */
    public URI url() {
        return url;
    }

    /** The SPARQL endpoint's address. */
    public URI sparqlUrl() {
        return url.resolve(SparqlService.PATH.substring(1));
    }

    /** Waits until the server stops. */
    public void join() {
        try {
            fuseki.getJettyServer().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopQuietly(fuseki);
    }

    private static void stopQuietly(FusekiServer fuseki) {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception e) {
            // stopping a server that did not start, or twice: nothing is left to release
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return t.getMessage() == null ? "address in use" : t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
