package org.exchangeatlas.cli;

import java.util.concurrent.Callable;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code atlas stats [--store DIR]}: the store's size, programs per organizer and per year. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Print the store's figures.",
                "Named graphs, documents, programs, claims, stated and inferred facts, organizations,",
                "quads, triples;",
                "programs per organizer body (top 10) and per year;",
                "page furniture set aside, in all and for the documents with the most (top 5)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  no store", "  2  usage error"})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws CliException {
        try (AtlasStore s = store.openForReading(atlas.err)) {
            StatsReport.print(s, atlas.out);
        }
        return 0;
    }
}
