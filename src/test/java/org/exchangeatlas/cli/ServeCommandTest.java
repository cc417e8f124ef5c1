package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code atlas serve} on the command line: its usage errors (exit 2, one line), a missing store, an
 * unreadable password file and a port already taken (exit 1, one line); the password read from a
 * file, or from the command line with a warning; sizes for {@code --body-limit}. The server itself is tested in
 * {@code org.exchangeatlas.server}.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--allow-update|atlas: --allow-update needs --user and a password (--password-file FILE or ATLAS_PASSWORD)",
            "--allow-update --user editor|atlas: --allow-update needs --user and a password (--password-file FILE or ATLAS_PASSWORD)",
            "--user editor --password pw|atlas: --user, --password and --password-file are for --allow-update",
            "--password-file pw.txt|atlas: --user, --password and --password-file are for --allow-update",
            "--allow-update --user editor --password pw --password-file pw.txt|atlas: give one of --password-file and --password",
            "--allow-service http://query.wikidata.org/sparql|atlas: --allow-service takes host names (query.wikidata.org), not http://query.wikidata.org/sparql",
            "--cors null|atlas: --cors takes origins such as https://analyst.example or *, not null",
            "--cors https://analyst.example/page|atlas: --cors takes origins such as https://analyst.example or *, not https://analyst.example/page",
            "--body-limit 10X|atlas: --body-limit takes bytes or a number with K, M or G (10M), not 10X",
            "--body-limit 0|atlas: the body limit must be at least 1 byte, not 0",
            "--timeout 0|atlas: the query time limit must be positive, not 0 s",
            "--result-limit 0|atlas: the result limit must be at least 1, not 0",
            "--port 70000|atlas: port 70000 is not between 0 and 65535",
            "--port http|atlas: Invalid value for option '--port': 'http' is not an int"})
    void usageErrorsExitTwoWithOneLine(String args, String message) {
        String[] argv = ("serve --store " + dir.resolve("none") + " " + args).split(" ");
        Cli.Result r = Cli.run(argv);

        assertEquals(2, r.code(), r::toString);
        assertEquals(message, r.errLines().get(0), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void helpNamesTheEndpointsAndExitsZero() {
        Cli.Result r = Cli.run("serve", "--help");

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Usage: atlas serve"), r::toString);
        assertTrue(r.out().contains("--allow-update") && r.out().contains("/sparql") && r.out().contains("--timeout=SECONDS"),
                r::toString);
    }

    @Test
    void anUnreadablePasswordFileIsOneLineAndExitOne() {
        Path missing = dir.resolve("no-password.txt");
        Cli.Result r = Cli.run("serve", "--store", dir.resolve("none").toString(), "--allow-update", "--user", "editor",
                "--password-file", missing.toString());

        assertEquals(1, r.code(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("atlas: " + missing + ": cannot read the password file ("), r::toString);
    }

    @Test
    void sizesReadBytesAndBinaryMultiples() {
        assertEquals(10L << 20, ServeCommand.bytes("10M"));
        assertEquals(512, ServeCommand.bytes("512"));
        assertEquals(64L << 10, ServeCommand.bytes("64k"));
        assertEquals(1L << 30, ServeCommand.bytes("1GB"));
    }

    @Test
    void aMissingStoreIsOneLineAndExitOne() {
        Path missing = dir.resolve("nothing-here");
        Cli.Result r = Cli.run("serve", "--store", missing.toString());

        assertEquals(1, r.code(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("atlas: " + missing + ": no store here"), r::toString);
    }

    @Test
    void aPortInUseIsOneLineAndExitOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Cli.Result r = Cli.run("serve", "--store", store().toString(), "--port", Integer.toString(port));

            assertEquals(1, r.code(), r::toString);
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.errLines().get(0).startsWith("atlas: 127.0.0.1:" + port + ": cannot listen: "), r::toString);
            assertEquals("", r.out(), r::toString);
        }
    }

    /** Runs as far as listening (the port is taken): the password file was read, and --password is warned about. */
    @Test
    void thePasswordComesFromAFileAndOnTheCommandLineWithAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("password.txt"), "s3cret\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = Integer.toString(taken.getLocalPort());
            Cli.Result fromFile = Cli.run("serve", "--store", store().toString(), "--port", port, "--allow-update",
                    "--user", "editor", "--password-file", file.toString());
            assertEquals(1, fromFile.code(), fromFile::toString);
            assertEquals(1, fromFile.errLines().size(), fromFile::toString);
            assertTrue(fromFile.errLines().get(0).contains(": cannot listen: "), fromFile::toString);

            Cli.Result inline = Cli.run("serve", "--store", store().toString(), "--port", port, "--allow-update",
                    "--user", "editor", "--password", "s3cret");
            assertEquals(1, inline.code(), inline::toString);
            assertEquals(List.of("atlas: warning: --password can be read by other users of this machine (ps); "
                    + "use --password-file FILE or ATLAS_PASSWORD", "atlas: 127.0.0.1:" + port + ": cannot listen: "),
                    List.of(inline.errLines().get(0), inline.errLines().get(1).replaceAll("cannot listen: .*", "cannot listen: ")),
                    inline::toString);
        }
    }

    private Path store() throws Exception {
        Path store = dir.resolve("store");
        if (!Files.exists(store)) {
            try (AtlasStore s = AtlasStore.open(store)) {
                s.write(dsg -> dsg.add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                        NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"))));
            }
        }
        return store;
    }
}
