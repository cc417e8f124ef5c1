package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "query", "export", "stats", "demo", "vocab-gen"})
    void helpExitsZero(String command) {
        Cli.Result r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Usage: atlas" + (command.isEmpty() ? "" : " " + command)), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void versionExitsZero() {
        Cli.Result r = Cli.run("--version");

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Exchange Atlas "), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "buidl samples", "build --nope x.txt", "export --store x", "export --format pdf",
            "query --format xml ASK{}", "query", "stats extra-argument", "vocab-gen a b"})
    void usageErrorsExitTwoWithOneLineAndUsage(String args) {
        Cli.Result r = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.errLines().get(0).startsWith("atlas: "), r::toString);
        assertTrue(r.err().contains("Usage: atlas") || r.err().contains("Did you mean"), r::toString);
        assertEquals("", r.out(), r::toString);
    }

    @Test
    void errorsAreOneLineWithoutDebugAndShowTheTraceWithIt() {
        Path missing = dir.resolve("nothing-here");
        Cli.Result plain = Cli.run("stats", "--store", missing.toString());
        assertEquals(1, plain.code(), plain::toString);
        assertEquals(1, plain.errLines().size(), plain::toString);
        assertTrue(plain.err().startsWith("atlas: " + missing + ": no store here"), plain::toString);

        for (String[] args : new String[][] {{"--debug", "stats", "--store", missing.toString()},
                {"stats", "--store", missing.toString(), "--debug"}}) {
            Cli.Result debug = Cli.run(args);
            assertEquals(1, debug.code(), debug::toString);
            assertTrue(debug.errLines().get(0).startsWith("atlas: " + missing + ": no store here"), debug::toString);
            assertTrue(debug.err().contains("\tat org.exchangeatlas."), debug::toString);
        }
    }

    @Test
    void aFolderWithoutAStoreIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a store");
        Cli.Result r = Cli.run("query", "--store", dir.toString(), "ASK {}");

        assertEquals(1, r.code(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing was created in the folder");
        }
    }

    @Test
    void vocabGenWritesBothFiles() {
        Cli.Result r = Cli.run("vocab-gen", dir.toString());

        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("countries.ttl")));
        assertTrue(Files.isRegularFile(dir.resolve("languages.ttl")));
    }
}
