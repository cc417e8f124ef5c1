package org.exchangeatlas.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas query [--store DIR] [--format F] FILE.rq|'SPARQL'}. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Run a SPARQL query over the store.",
                "The default graph is the union of all graphs.",
                "SELECT: a table, or csv, tsv, json. ASK: yes or no (json: a SPARQL boolean).",
                "CONSTRUCT and DESCRIBE: Turtle."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  bad query (one line: FILE: line L, column C: message) or no store", "  2  usage error"})
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Result format of SELECT and ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Sparql.Format format;

    @Parameters(paramLabel = "QUERY", description = "A file of SPARQL (FILE.rq), or the query text itself.")
    String query;

    @Override
    public Integer call() throws CliException {
        if (query.isBlank()) {
            throw new ParameterException(spec.commandLine(), "the query is empty");
        }
        Sparql.Source source = Sparql.Source.of(query);
        Query q = Sparql.parse(source);
        try (AtlasStore s = store.openForReading(atlas.err)) {
            Sparql.print(q, source.name(), s.dataset(), format, atlas.out);
        }
        return 0;
    }
}
