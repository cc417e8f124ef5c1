package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path dir;

    @Test
    void goodFileLandsAndExitsZero() throws Exception {
        Path store = dir.resolve("store");
        Cli.Result r = Cli.run("build", "--store", store.toString(), Samples.notice(dir).toString());

        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of(), r.errLines(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*documents read\\s+1")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*skipped files\\s+0")), r::toString);

        Cli.Result count = Cli.run("query", "--store", store.toString(), "--format", "csv", Samples.COUNT_DOCUMENTS);
        assertEquals(0, count.code(), count::toString);
        assertEquals(List.of("n", "1"), count.out().lines().toList());
    }

    @Test
    void emptyFileIsOneLineAndTheRestLands() throws Exception {
        Path store = dir.resolve("store");
        Path empty = Samples.empty(dir);
        Cli.Result r = Cli.run("build", "--store", store.toString(), Samples.notice(dir).toString(), empty.toString());

        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of(empty + ": empty file"), r.errLines(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*documents read\\s+1")), r::toString);

        Cli.Result count = Cli.run("query", "--store", store.toString(), "--format", "csv", Samples.COUNT_DOCUMENTS);
        assertEquals(List.of("n", "1"), count.out().lines().toList(), count::toString);
    }

    @Test
    void missingPathIsOneLine() {
        Path missing = dir.resolve("no-such-notice.txt");
        Cli.Result r = Cli.run("build", "--store", dir.resolve("store").toString(), missing.toString());

        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of(missing + ": no such file or folder"), r.errLines(), r::toString);
    }

    @Test
    void noPathIsAUsageError() {
        Cli.Result r = Cli.run("build", "--store", dir.resolve("store").toString());

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.errLines().get(0).startsWith("atlas: Missing required parameter"), r::toString);
        assertTrue(r.err().contains("Usage: atlas build"), r::toString);
    }
}
