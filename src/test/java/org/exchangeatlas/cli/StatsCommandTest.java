package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void statsCountsTheDocumentAndItsGraphs() throws Exception {
        Path store = Samples.builtStore(dir);
        Cli.Result r = Cli.run("stats", "--store", store.toString());

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*documents\\s+1")), r::toString);
        // the vocabulary graph and the document's graph at least
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*named graphs\\s+([2-9]|\\d{2,})")), r::toString);
        assertTrue(r.out().contains("Programs by organizer (top 10)"), r::toString);
        assertTrue(r.out().contains("Programs by year"), r::toString);
    }
}
