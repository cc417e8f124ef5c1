package org.exchangeatlas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * ({@link org.exchangeatlas.server.AtlasServer}), until Ctrl-C. Nothing beyond reading is open
 * unless an option opens it: {@code --allow-update}, {@code --allow-service}, {@code --cors}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Serve the store: the explorer at /, SPARQL 1.1 at /sparql (query and Graph Store",
                "Protocol read; read-only unless --allow-update), linked data at /id/..., document texts at",
                "/doc/{sha256}, the dataset's VoID at /.well-known/void. Prints its URL; Ctrl-C stops it.",
                "SERVICE, LOAD and CORS are off unless opened; see SECURITY.md."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  stopped", "  1  no store, an unreadable password file, or the port cannot be used",
                "  2  usage error"})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable that may hold the updating user's password. */
    static final String PASSWORD_VARIABLE = "ATLAS_PASSWORD";
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([KMG]?)B?");

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
                    + "from --user with its password only, from this server's own pages or from clients that are not browsers.")
    boolean allowUpdate;

    @Option(names = "--user", paramLabel = "USER", description = "The user allowed to update (with --allow-update).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read that user's password from the first line of FILE (or set " + PASSWORD_VARIABLE + ").")
    Path passwordFile;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Deprecated: the password on the command line, which other users of this machine can read "
                    + "(ps); use --password-file or " + PASSWORD_VARIABLE + ".")
    String password;

    @Option(names = "--allow-service", paramLabel = "HOST", arity = "1..*", split = ",",
            description = "Let SPARQL SERVICE call http(s) endpoints on these hosts only (default: SERVICE is off).")
    List<String> serviceHosts = new ArrayList<>();

    @Option(names = "--cors", paramLabel = "ORIGIN", arity = "1..*", split = ",",
            description = "Let pages of these origins (https://host[:port], or *) read answers; never with "
                    + "credentials (default: CORS is off).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The longest a request (query, update, Graph Store read) may run, in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_RESULT_LIMIT,
            description = "The most rows a query returns (default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Option(names = "--body-limit", paramLabel = "SIZE", defaultValue = "10M",
            description = "The largest request body (an update, an upload): bytes, or a number with K, M or G "
                    + "(default: ${DEFAULT-VALUE}).")
    String bodyLimit;

    @Override
    public Integer call() throws CliException {
        // The password is hashed here and not kept: only the settings live on while the server runs.
        ServerSettings settings = opened(settings(spec, host, port, timeoutSeconds, resultLimit),
                password(System.getenv(PASSWORD_VARIABLE)));
        password = null;
        // a read-only server reads the store without writing to it (a read-only folder works too)
        AtlasStore s = settings.allowsUpdates() ? store.openExisting() : store.openForReading(atlas.err);
        Serving.serveUntilStopped(s, settings, atlas.out);
        return 0;
    }

    /**
     * The password from --password-file, --password (with a warning) or the environment, checked
     * against the other options.
     */
    private Optional<String> password(String fromEnvironment) throws CliException {
        if (passwordFile != null && password != null) {
            throw new ParameterException(spec.commandLine(), "give one of --password-file and --password");
        }
        if (!allowUpdate) {
            if (user != null || password != null || passwordFile != null) {
                throw new ParameterException(spec.commandLine(), "--user, --password and --password-file are for --allow-update");
            }
            return Optional.empty();
        }
        Optional<String> secret = passwordFile != null ? Optional.of(readPassword(passwordFile))
                : Optional.ofNullable(password != null ? password : fromEnvironment).filter(p -> !p.isEmpty());
        if (user == null || secret.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--allow-update needs --user and a password (--password-file FILE or " + PASSWORD_VARIABLE + ")");
        }
        if (password != null) {
            atlas.err.println("atlas: warning: --password can be read by other users of this machine (ps); "
                    + "use --password-file FILE or " + PASSWORD_VARIABLE);
        }
        return secret;
    }

    private static String readPassword(Path file) throws CliException {
        try {
            String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new CliException(file + ": the password file's first line is empty");
            }
            return first;
        } catch (IOException e) {
            throw new CliException(file + ": cannot read the password file (" + e.getMessage() + ")", e);
        }
    }

    /** {@code base} with what the options open: updates, SERVICE hosts, CORS origins, and the body limit. */
    private ServerSettings opened(ServerSettings base, Optional<String> secret) {
        try {
            ServerSettings s = base.withServiceHosts(new HashSet<>(serviceHosts)).withCorsOrigins(corsOrigins)
                    .withBodyLimit(bytes(bodyLimit));
            return secret.isPresent() ? s.withUpdates(ServerSettings.Credentials.of(user, secret.get())) : s;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A size in bytes: digits, optionally followed by K, M or G (powers of 1024). */
    static long bytes(String size) {
        Matcher m = SIZE.matcher(size.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--body-limit takes bytes or a number with K, M or G (10M), not " + size);
        }
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    /** The read-only settings the common options give; a bad value is a usage error. */
    static ServerSettings settings(CommandSpec spec, String host, int port, long timeoutSeconds, long resultLimit) {
        try {
            return ServerSettings.defaults().withHost(host).withPort(port).withTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withResultLimit(resultLimit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
