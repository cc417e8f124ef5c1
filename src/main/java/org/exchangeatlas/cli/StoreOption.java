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
}
