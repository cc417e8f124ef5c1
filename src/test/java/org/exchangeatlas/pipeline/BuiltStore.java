package org.exchangeatlas.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.model.Digests;
import org.exchangeatlas.store.AtlasStore;

/**
 * A build run into a fresh store, for comparing two ways of building: its summary, and its
 * quads as a count and a digest of their sorted lines.
 */
record BuiltStore(BuildSummary summary, String digest, int quads) {
    static BuiltStore of(Path dir, Pipeline pipeline, List<Path> paths, BuildOptions options) throws Exception {
        try (AtlasStore store = AtlasStore.open(dir)) {
            BuildSummary summary = pipeline.run(paths, store, BuildListener.NONE, options);
            List<String> lines = store.read(() -> {
                List<String> out = new ArrayList<>();
                store.datasetGraph().find().forEachRemaining((Quad q) -> out.add(NodeFmtLib.str(q)));
                return out;
            });
            Collections.sort(lines);
            return new BuiltStore(summary, Digests.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                    lines.size());
        }
    }
}
