package org.exchangeatlas.cli;

import java.nio.file.Path;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Option;

/**
 * The {@code --store DIR} option of every command that reads an existing store (query, export,
 * stats, validate, serve, push): one declaration, one default, one way to open it.
 */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/atlas",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Opens the store, or fails with one line when the folder holds none. */
    AtlasStore openExisting() throws CliException {
        return Stores.openExisting(dir);
    }

    /**
     * Opens the store for a command that only reads it, writing nothing into its folder (a
     * read-only folder is read from a temporary copy, said in one line on {@code err}).
     */
    AtlasStore openForReading(java.io.PrintStream err) throws CliException {
        return Stores.openForReading(dir, err);
    }
}
