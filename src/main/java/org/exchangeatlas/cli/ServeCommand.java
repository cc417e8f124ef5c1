package org.exchangeatlas.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exchangeatlas.server.ServerSettings;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas serve}: the store as a SPARQL endpoint, linked data and the explorer
 * ({@link org.exchangeatlas.server.AtlasServer}), until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Serve the store: the explorer at /, SPARQL 1.1 at /sparql (query and Graph Store",
                "Protocol read; read-only unless --allow-update), linked data at /id/..., document texts at",
                "/doc/{sha256}, the dataset's VoID at /.well-known/void. Prints its URL; Ctrl-C stops it."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  stopped", "  1  no store, or the port cannot be used", "  2  usage error"})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--allow-update",
            description = "Accept SPARQL updates at /sparql/update and Graph Store writes at /sparql/data, "
                    + "from --user with --password only.")
    boolean allowUpdate;

    @Option(names = "--user", paramLabel = "USER", description = "The user allowed to update (with --allow-update).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "That user's password (HTTP basic authentication).")
    String password;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The longest a query may run, in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_RESULT_LIMIT,
            description = "The most rows a query returns (default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Override
    public Integer call() throws CliException {
        ServerSettings settings = settings(spec, host, port, timeoutSeconds, resultLimit, allowUpdate, user, password);
        AtlasStore s = store.openExisting();
        Serving.serveUntilStopped(s, settings, atlas.out);
        return 0;
    }

    /** The settings the options give; a contradiction or a bad value is a usage error. */
    static ServerSettings settings(CommandSpec spec, String host, int port, long timeoutSeconds, long resultLimit,
                                   boolean allowUpdate, String user, String password) {
        if (allowUpdate && (user == null || password == null)) {
            throw new ParameterException(spec.commandLine(), "--allow-update needs --user and --password");
        }
        if (!allowUpdate && (user != null || password != null)) {
            throw new ParameterException(spec.commandLine(), "--user and --password are for --allow-update");
        }
        try {
            return new ServerSettings(host, port, Duration.ofSeconds(timeoutSeconds), resultLimit,
                    allowUpdate ? Optional.of(new ServerSettings.Credentials(user, password)) : Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
