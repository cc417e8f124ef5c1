package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas build --strict}: the first file that cannot be read fails the build, and nothing lands. */
class StrictBuildTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableFileFailsAStrictBuildAndNothingLands() throws Exception {
        Path store = dir.resolve("store");
        Path empty = Samples.empty(dir);
        Cli.Result r = Cli.run("build", "--strict", "--store", store.toString(), Samples.notice(dir).toString(),
                empty.toString());

        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of(empty + ": empty file",
                "atlas: the build failed at its first error (--strict); the store is as it was"), r.errLines(), r::toString);
        assertEquals("", r.out(), r::toString);

        Cli.Result count = Cli.run("query", "--store", store.toString(), "--format", "csv", Samples.COUNT_DOCUMENTS);
        assertEquals(List.of("n", "0"), count.out().lines().toList(), count::toString);
    }

    @Test
    void aStrictBuildOfReadableFilesLandsThemAll() throws Exception {
        Path store = dir.resolve("store");
        Cli.Result r = Cli.run("build", "--strict", "--store", store.toString(), Samples.notice(dir).toString());

        assertEquals(0, r.code(), r::toString);
        Cli.Result count = Cli.run("query", "--store", store.toString(), "--format", "csv", Samples.COUNT_DOCUMENTS);
        assertEquals(List.of("n", "1"), count.out().lines().toList(), count::toString);
    }
}
