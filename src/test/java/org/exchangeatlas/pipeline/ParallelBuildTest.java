package org.exchangeatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.model.Digests;
import org.exchangeatlas.store.AtlasStore;
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

    private record Built(BuildSummary summary, String digest, int quads) {}

    private Built build(String name, int threads) throws Exception {
        Pipeline pipeline = Wiring.builder(InferenceSettings.DEFAULTS).threads(threads).build();
        try (AtlasStore store = AtlasStore.open(tmp.resolve(name))) {
            BuildSummary summary = pipeline.run(List.of(Path.of("samples")), store, BuildListener.NONE);
            List<String> lines = store.read(() -> {
                List<String> out = new ArrayList<>();
                store.datasetGraph().find().forEachRemaining((Quad q) -> out.add(NodeFmtLib.str(q)));
                return out;
            });
            Collections.sort(lines);
            return new Built(summary, Digests.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                    lines.size());
        }
    }

    @Test
    void oneThreadAndFourGiveTheSameStore() throws Exception {
        Built one = build("one", 1);
        Built four = build("four", 4);
        assertTrue(one.quads() > 10_000, "the samples give a real store: " + one.quads());
        assertEquals(one.quads(), four.quads());
        assertEquals(one.digest(), four.digest());
        assertEquals(one.summary().documents(), four.summary().documents());
        assertEquals(one.summary().skipped(), four.summary().skipped());
        assertEquals(one.summary().duplicates(), four.summary().duplicates());
        assertEquals(one.summary().storeTriples(), four.summary().storeTriples());
    }
}
