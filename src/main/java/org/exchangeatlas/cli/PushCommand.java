package org.exchangeatlas.cli;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exchangeatlas.push.GraphStoreClient;
import org.exchangeatlas.push.PushException;
import org.exchangeatlas.push.PushReport;
import org.exchangeatlas.push.Pusher;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atlas push --endpoint URL [--user U --password P] [--store DIR]}: sends the store's named
 * graphs to a SPARQL 1.1 Graph Store Protocol endpoint, only those changed since the last push there.
 */
@Command(name = "push", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Send the store's named graphs to a remote store.",
                "Each graph is PUT to a SPARQL 1.1 Graph Store Protocol endpoint (?graph=IRI);",
                "a later push sends only the graphs changed since the last push there."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  no store, or the endpoint unreachable or refusing", "  2  usage error"})
final class PushCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
            description = "The Graph Store Protocol URL, e.g. http://localhost:3030/ds/data.")
    URI endpoint;

    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP basic authentication.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for HTTP basic authentication.")
    String password;

    @Override
    public Integer call() throws CliException {
        Optional<GraphStoreClient.Credentials> credentials = user == null ? Optional.empty()
                : Optional.of(new GraphStoreClient.Credentials(user, password == null ? "" : password));
        GraphStoreClient client = new GraphStoreClient(endpoint, credentials, 4, Duration.ofMillis(500));
        try (AtlasStore s = store.openExisting()) {
            PushReport r = new Pusher(s).push(endpoint.toString(), client);
            atlas.out.println("pushed " + r.sent().size() + " graphs (" + r.triples() + " triples) to " + endpoint
                    + "; " + r.unchanged() + " unchanged");
            return 0;
        } catch (PushException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
