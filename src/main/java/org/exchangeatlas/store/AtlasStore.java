package org.exchangeatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The TDB2 store on disk: one named graph per document, a vocabulary graph, an inferred graph,
 * and a default graph that is their union. Every write is one transaction, so a failed or killed
 * build leaves the store as it was at the last commit.
 */
public final class AtlasStore implements AutoCloseable {
    private final Path dir;
    private final Dataset dataset;

    private AtlasStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens the store in {@code dir}, creating it if there is none. */
    public static AtlasStore open(Path dir) throws StoreException {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException(dir + ": cannot create store folder: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(dir + ": store folder is not writable");
        }
        try {
            Dataset ds = TDB2Factory.connectDataset(dir.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new AtlasStore(dir, ds);
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot open store: " + e.getMessage(), e);
        }
    }

    /** Opens an existing store for reading; refuses a folder that holds none. */
    public static AtlasStore openExisting(Path dir) throws StoreException {
        if (!Files.isDirectory(dir) || isEmpty(dir)) {
            throw new StoreException(dir + ": no store here (run 'atlas build --store " + dir + " PATH...' first)");
        }
        return open(dir);
    }

    private static boolean isEmpty(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return true;
        }
    }

    public Path dir() {
        return dir;
    }

    /** The dataset, for query engines and servers; use its transactions. */
    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** Runs {@code work} in one write transaction: all of it lands, or none. */
    public void write(Consumer<DatasetGraph> work) {
        try {
            Txn.executeWrite(dataset, () -> work.accept(dataset.asDatasetGraph()));
        } catch (InternalError e) {
            // TDB2 writes through memory-mapped files: a full disk is a fault in an unsafe memory access.
            throw new StoreWriteException(dir + ": cannot write the store (disk full?): a write to its memory-mapped"
                    + " files failed; the build was rolled back", e);
        }
    }

    /** Runs {@code work} in a read transaction. */
    public <T> T read(Supplier<T> work) {
        return Txn.calculateRead(dataset, work);
    }

    @Override
    public void close() {
        dataset.close();
    }
}
