package org.exchangeatlas.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.exchangeatlas.source.Printable;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atlas compact [--store DIR]}: TDB2 never reuses the space a write frees, so every build
 * that replaces documents ({@code --reread}, changed files, the inferred graph) grows the store;
 * compaction writes the live data into a new generation and deletes the old one.
 */
@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Compact the store: write its live data into a new generation, delete the old one.",
                "Builds that replace documents leave the replaced data behind; this gives the space back.",
                "Prints the store's size before and after. Nothing else may use the store meanwhile."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  no store, a read-only store, or compaction failed", "  2  usage error"})
final class CompactCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws CliException {
        long before = AtlasStore.bytesOnDisk(store.dir);
        try (AtlasStore s = store.openExisting()) {
            s.compact();
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
        long after = AtlasStore.bytesOnDisk(store.dir);
        atlas.out.printf(Locale.ROOT, "Compacted %s: %s before, %s after%n", Printable.of(store.dir.toString()),
                megabytes(before), megabytes(after));
        return 0;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
