package org.exchangeatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.infer.InferenceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are read on several threads while one thread writes: the store must not depend on how
 * many. The whole sample corpus (notices, revisions, duplicates, tables, press, broken files)
 * built with one reading thread and with four gives the same quads and the same summary.
 */
class ParallelBuildTest {
    @TempDir
    Path tmp;

    private BuiltStore build(String name, int threads) throws Exception {
        return BuiltStore.of(tmp.resolve(name), Wiring.builder(InferenceSettings.DEFAULTS).threads(threads).build(),
                List.of(Path.of("samples")), BuildOptions.DEFAULTS);
    }

    @Test
    void oneThreadAndFourGiveTheSameStore() throws Exception {
        BuiltStore one = build("one", 1);
        BuiltStore four = build("four", 4);
        assertTrue(one.quads() > 10_000, "the samples give a real store: " + one.quads());
        assertEquals(one.quads(), four.quads());
        assertEquals(one.digest(), four.digest());
        assertEquals(one.summary().documents(), four.summary().documents());
        assertEquals(one.summary().skipped(), four.summary().skipped());
        assertEquals(one.summary().duplicates(), four.summary().duplicates());
        assertEquals(one.summary().storeTriples(), four.summary().storeTriples());
    }
}
