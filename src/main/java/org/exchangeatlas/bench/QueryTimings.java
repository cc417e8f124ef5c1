package org.exchangeatlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Times queries over HTTP: the store is served by an embedded Fuseki on loopback (port chosen by
 * the system), and each query is sent with Jena's HTTP client and its whole answer read, as a
 * client would. Also a concurrent phase: {@code threads} light clients sending simple lookups
 * (all statements about one program) for a fixed time, after an untimed warm-up.
 */
final class QueryTimings implements AutoCloseable {
    private final FusekiServer server;
    private final String endpoint;
    /**
     * An HTTP/1.1 client with kept-alive connections, as curl or a browser would use on a plain
     * http URL. Jena's default client asks for HTTP/2, which a cleartext Fuseki does not speak:
     * every request then carries an upgrade offer the server turns down, which doubled the
     * latency of a simple lookup (3.3 ms against 1.6 ms on this machine).
     */
    private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    QueryTimings(Dataset dataset) {
        dataset.getContext().set(org.apache.jena.query.ARQ.queryTimeout, Long.toString(QUERY_LIMIT_MILLIS));
        this.server = FusekiServer.create().loopback(true).port(0).add("/atlas", dataset).build().start();
        this.endpoint = "http://localhost:" + server.getHttpPort() + "/atlas/query";
    }

    /**
     * A shipped query's latencies over {@code runs} runs (fewer when they take longer than
     * {@code budgetSeconds}, but at least 3) after {@code warmup} untimed ones; rows of the last run.
     */
    record Timed(String name, Latencies latencies, long rows, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    /** The longest a query may run before the server stops it and the bench records it as failed. */
    static final long QUERY_LIMIT_MILLIS = 300_000;

    /** As {@link #measure}, or a failed row (time limit, server error) so that one query does not end the bench. */
    Timed time(String name, String sparql, int warmup, int runs, double budgetSeconds) {
        try {
            return measure(name, sparql, warmup, runs, budgetSeconds);
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
            return new Timed(name, Latencies.of(new double[0]), 0, why);
        }
    }

    private Timed measure(String name, String sparql, int warmup, int runs, double budgetSeconds) {
        Query q = QueryFactory.create(sparql);
        long rows = 0;
        for (int i = 0; i < warmup; i++) {
            rows = execute(q);
        }
        double[] ms = new double[runs];
        long deadline = System.nanoTime() + (long) (budgetSeconds * 1e9);
        int done = 0;
        while (done < runs && (done < 3 || System.nanoTime() < deadline)) {
            long t0 = System.nanoTime();
            rows = execute(q);
            ms[done++] = (System.nanoTime() - t0) / 1e6;
        }
        return new Timed(name, Latencies.of(java.util.Arrays.copyOf(ms, done)), rows, null);
    }

    /** Queries per second and the lookups' latencies with {@code threads} clients for {@code seconds}. */
    record Load(int threads, double seconds, long queries, double perSecond, Latencies latencies) {}

    Load load(List<String> programIris, int threads, double seconds) throws InterruptedException {
        if (programIris.isEmpty()) {
            return new Load(threads, seconds, 0, 0, Latencies.of(new double[0]));
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Double>>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Random r = new Random(t);
            futures.add(pool.submit(() -> {
                List<Double> ms = new ArrayList<>();
                while (!stop.get()) {
                    String iri = programIris.get(r.nextInt(programIris.size()));
                    long s = System.nanoTime();
                    lookup("SELECT ?p ?o WHERE { <" + iri + "> ?p ?o }");
                    ms.add((System.nanoTime() - s) / 1e6);
                }
                return ms;
            }));
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            try {
                all.addAll(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("lookup failed: " + e.getCause(), e.getCause());
            }
        }
        double[] ms = all.stream().mapToDouble(Double::doubleValue).toArray();
        return new Load(threads, elapsed, ms.length, ms.length / elapsed, Latencies.of(ms));
    }

    /**
     * One lookup as a light client sends it: a GET, the whole JSON answer read as bytes, not
     * parsed (parsing is the client's work, and here the clients share the server's two cores:
     * with Jena's parsing client in the same process the same load gave 270 lookups a second).
     */
    private void lookup(String sparql) throws java.io.IOException, InterruptedException {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint
                        + "?query=" + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build();
        java.net.http.HttpResponse<byte[]> response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException("lookup answered HTTP " + response.statusCode() + ": " + sparql);
        }
    }

    private long execute(Query q) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).httpClient(client).query(q).build()) {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                long n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
            if (q.isAskType()) {
                return qe.execAsk() ? 1 : 0;
            }
            var it = qe.execConstructTriples();
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
