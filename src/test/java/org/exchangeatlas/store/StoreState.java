package org.exchangeatlas.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.exchangeatlas.model.Digests;

/**
 * What a store holds, to compare before and after a fault: its counts and a digest of its sorted
 * quads. Opens the store afresh (running TDB2's recovery after a crash) and expels it from
 * TDB2's cache after, so that another process may write it next and the next look sees that.
 */
record StoreState(StoreCounts counts, String quadsDigest) {
    static StoreState of(Path dir) throws StoreException {
        AtlasStore store = AtlasStore.open(dir);
        try {
            return store.read(() -> {
                List<String> lines = new ArrayList<>();
                store.datasetGraph().find().forEachRemaining((Quad q) -> lines.add(NodeFmtLib.str(q)));
                Collections.sort(lines);
                return new StoreState(StoreCounts.of(store.datasetGraph()),
                        Digests.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
            });
        } finally {
            TDBInternal.expel(store.datasetGraph(), true);
        }
    }
}
