package org.exchangeatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.exchangeatlas.source.Printable;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.StoreException;

/** Opens stores for the commands, turning store errors into one-line {@link CliException}s. */
final class Stores {
    private Stores() {}

    /** The store {@code build} writes into, created when absent or empty. */
    static AtlasStore openForWriting(Path dir) throws CliException {
        refuseForeignFolder(dir);
        try {
            return AtlasStore.open(dir);
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** The store a reading command uses; refuses a folder that holds none. */
    static AtlasStore openExisting(Path dir) throws CliException {
        refuseForeignFolder(dir);
        try {
            return AtlasStore.openExisting(dir);
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /**
     * The store a command that only reads uses, opened so that nothing is written into its
     * folder; a read-only folder is read from a temporary copy, which is said on {@code err}.
     */
    static AtlasStore openForReading(Path dir, java.io.PrintStream err) throws CliException {
        refuseForeignFolder(dir);
        try {
            AtlasStore store = AtlasStore.openReadOnly(dir);
            if (store.isCopy()) {
                err.printf(java.util.Locale.ROOT, "atlas: %s is read-only: reading a temporary copy of it (%,d MB)%n",
                        Printable.of(dir.toString()), AtlasStore.bytesOnDisk(dir) >> 20);
            }
            return store;
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /**
     * A folder that holds files but no TDB2 database (no {@code Data-NNNN} folder) is refused, so
     * that a mistyped {@code --store} never gets a database created among someone's files.
     */
    private static void refuseForeignFolder(Path dir) throws CliException {
        if (Files.isDirectory(dir) && !holdsTdb2(dir) && !isEmpty(dir)) {
            throw new CliException(dir + ": not an Exchange Atlas store (the folder holds other files and no TDB2 database)");
        }
    }

    private static boolean holdsTdb2(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
