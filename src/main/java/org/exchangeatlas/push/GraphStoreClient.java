package org.exchangeatlas.push;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Talks to a SPARQL 1.1 Graph Store Protocol endpoint: replaces one named graph with
 * {@code PUT ?graph=IRI} and an N-Triples body. Stores differ in much, but every one of them
 * (Fuseki, RDF4J Server, GraphDB, Virtuoso) speaks this, so plain HTTP is enough. A 5xx answer or
 * an I/O error is retried a bounded number of times with doubling waits; a 4xx is final.
 */
public final class GraphStoreClient {
    private final URI endpoint;
    private final Optional<String> authorization;
    private final int attempts;
    private final Duration firstWait;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param endpoint    the Graph Store Protocol URL ({@code http://host:3030/ds/data})
     * @param credentials user and password for basic authentication, if any
     * @param attempts    how many times a request is tried at most
     * @param firstWait   the wait before the first retry; each later one doubles it
     */
    public GraphStoreClient(URI endpoint, Optional<Credentials> credentials, int attempts, Duration firstWait) {
        this.endpoint = endpoint;
        this.authorization = credentials.map(c -> "Basic " + Base64.getEncoder()
                .encodeToString((c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)));
        this.attempts = Math.max(1, attempts);
        this.firstWait = firstWait;
    }

    /** A user and password for HTTP basic authentication. */
    public record Credentials(String user, String password) {}

    /** Replaces the graph {@code graphIri} at the endpoint with {@code ntriples}. */
    public void put(String graphIri, byte[] ntriples) throws PushException {
        String sep = endpoint.getRawQuery() == null ? "?" : "&";
        URI target = URI.create(endpoint + sep + "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ntriples));
        authorization.ifPresent(a -> request.header("Authorization", a));
        String lastFailure = "";
        Duration wait = firstWait;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return;
                }
                if (status == 401 || status == 403) {
                    throw new PushException(endpoint + ": " + statusLine(status) + " (check --user and --password)");
                }
                if (status / 100 != 5) {
                    throw new PushException(endpoint + ": " + statusLine(status) + " for graph " + graphIri);
                }
                lastFailure = statusLine(status);
            } catch (IOException e) {
                lastFailure = "unreachable (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PushException(endpoint + ": interrupted", e);
            }
            if (attempt < attempts) {
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
        throw new PushException(endpoint + ": " + lastFailure + " after " + attempts + " attempts");
    }

    private static String statusLine(int status) {
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
        return "HTTP " + status + (reason.isEmpty() ? "" : " " + reason);
    }

    private static void sleep(Duration d) throws PushException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException("interrupted", e);
        }
    }
}
