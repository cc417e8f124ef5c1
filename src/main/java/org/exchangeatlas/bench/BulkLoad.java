package org.exchangeatlas.bench;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The yardstick: Jena's TDB2 bulk loader ({@code tdb2.tdbloader}'s default loader, in-process)
 * loading an N-Quads file into a fresh store, with its start / finish / finish-on-exception
 * lifecycle.
 *
 * @param quads  quads loaded
 * @param millis wall time of the load
 */
record BulkLoad(long quads, long millis) {
    static BulkLoad run(Path nquads, Path freshStore) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(freshStore.toString());
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
            long t0 = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return new BulkLoad(loader.countQuads(), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            dsg.close();
        }
    }
}
