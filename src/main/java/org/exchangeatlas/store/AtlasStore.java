package org.exchangeatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 store on disk: one named graph per document, a vocabulary graph, an inferred graph,
 * and a default graph that is their union. Every write is one transaction, so a failed or killed
 * build leaves the store as it was at the last commit.
 */
public final class AtlasStore implements AutoCloseable {
    private final Path dir;
    private final Dataset dataset;
    /** The temporary copy a read-only store is read from, deleted on close; null for the store itself. */
    private final Path copy;

    private AtlasStore(Path dir, Dataset dataset, Path copy) {
        this.dir = dir;
        this.dataset = dataset;
        this.copy = copy;
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
        return connect(dir, dir, null);
    }

    private static AtlasStore connect(Path dir, Path location, Path copy) throws StoreException {
        try {
            Dataset ds = TDB2Factory.connectDataset(location.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new AtlasStore(dir, ds, copy);
        } catch (RuntimeException e) {
            ReadOnlyFolder.delete(copy);
            throw new StoreException(dir + ": cannot open store: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing store only to read it, writing nothing into its folder: a store whose
     * folder may be written is opened as it is (TDB2 takes its lock file); a read-only one
     * ({@code chmod -R a-w}, a read-only mount) is read from a temporary copy of its current
     * generation, deleted on {@link #close} ({@link #isCopy()} says which).
     */
    public static AtlasStore openReadOnly(Path dir) throws StoreException {
        if (!Files.isDirectory(dir) || isEmpty(dir)) {
            throw new StoreException(dir + ": no store here (run 'atlas build --store " + dir + " PATH...' first)");
        }
        if (!ReadOnlyFolder.isReadOnly(dir)) {
            return open(dir);
        }
        Path copy = ReadOnlyFolder.copy(dir);
        return connect(dir, copy, copy);
    }

    /** Whether this store is read from a temporary copy of a read-only folder. */
    public boolean isCopy() {
        return copy != null;
    }

    /** Bytes of the files under a store folder (all its generations). */
    public static long bytesOnDisk(Path dir) {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Compacts the store: TDB2 writes a new generation holding only the live data (a build
     * leaves the blocks it replaced behind) and deletes the old one. Takes the store for itself
     * while it runs.
     */
    public void compact() throws StoreException {
        if (copy != null) {
            throw new StoreException(dir + ": the store is read-only; it cannot be compacted");
        }
        try {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot compact the store: " + e.getMessage(), e);
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
        if (copy != null) {
            TDBInternal.expel(dataset.asDatasetGraph(), true);
            ReadOnlyFolder.delete(copy);
        }
    }
}
