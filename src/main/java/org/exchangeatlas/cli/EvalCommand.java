package org.exchangeatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.exchangeatlas.eval.EvalException;
import org.exchangeatlas.eval.EvalReport;
import org.exchangeatlas.eval.Evaluation;
import org.exchangeatlas.eval.GoldFile;
import org.exchangeatlas.eval.GoldFiles;
import org.exchangeatlas.eval.JsonReport;
import org.exchangeatlas.eval.TextReport;
import org.exchangeatlas.pipeline.BuildListener;
import org.exchangeatlas.pipeline.BuildOptions;
import org.exchangeatlas.pipeline.BuildSummary;
import org.exchangeatlas.pipeline.Skipped;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas eval [--store DIR] [--format text|json] [--min-f1 X] GOLD...}: scores the atlas
 * against gold files ({@code eval/README.md}). Without {@code --store} the annotated documents are
 * built into a temporary store through the same pipeline as {@code atlas build}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Score the atlas against gold annotations (see eval/README.md).",
                "GOLD: folders (searched for *.gold.json) or gold files; each annotates the document beside it.",
                "Prints precision, recall and F1 per field, overall, per genre and per rule, then every",
                "wrong fact with its passage and every missed one."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  scored (overall F1 at least --min-f1)", "  1  overall F1 below --min-f1, or a gold file,"
                + " document or store could not be used (one line each: PATH: reason)", "  2  usage error"})
final class EvalCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    AtlasCommand atlas;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Read a store where the documents were built, instead of building them into a temporary one.")
    Path store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-f1", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when the overall F1 is below X (0 to 1; default: ${DEFAULT-VALUE}).")
    double minF1;

    @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold folders or *.gold.json files.")
    List<Path> gold;

    @Override
    public Integer call() throws CliException {
        if (!(minF1 >= 0 && minF1 <= 1)) {
            throw new ParameterException(spec.commandLine(), "--min-f1 must be between 0 and 1: " + minF1);
        }
        EvalReport report;
        try {
            List<GoldFile> golds = new GoldFiles().read(gold);
            report = store != null ? scoreStore(golds) : scoreFreshBuild(golds);
        } catch (EvalException e) {
            e.problems().forEach(atlas.err::println);
            return AtlasCommand.FAILED;
        }
        if (format == Format.json) {
            JsonReport.print(report, atlas.out);
        } else {
            TextReport.print(report, atlas.out);
        }
        double f1 = report.overall().f1();
        if (!Double.isNaN(f1) && f1 < minF1) {
            atlas.err.println("atlas: overall F1 " + TextReport.figure(f1) + " is below --min-f1 " + minF1);
            return AtlasCommand.FAILED;
        }
        return 0;
    }

    private EvalReport scoreStore(List<GoldFile> golds) throws CliException, EvalException {
        try (AtlasStore s = Stores.openExisting(store)) {
            return Evaluation.score(s, golds);
        }
    }

    /** Builds the annotated documents into a temporary store, scores them, and removes the store. */
    private EvalReport scoreFreshBuild(List<GoldFile> golds) throws CliException, EvalException {
        Path dir;
        try {
            dir = Files.createTempDirectory("atlas-eval");
        } catch (IOException e) {
            throw new CliException("cannot create a temporary store: " + e.getMessage(), e);
        }
        try {
            try (AtlasStore s = Stores.openForWriting(dir)) {
                List<Path> documents = golds.stream().map(GoldFile::document).distinct().toList();
                BuildSummary summary = Wiring.pipeline().run(documents, s, BuildListener.NONE, BuildOptions.DEFAULTS);
                Map<Path, String> unread = new LinkedHashMap<>();
                for (Skipped k : summary.skipped()) {
                    unread.put(Path.of(k.sourcePath()), Messages.firstLine(k.reason()));
                    atlas.err.println(k.sourcePath() + ": not read (its gold facts count as missed): "
                            + Messages.firstLine(k.reason()));
                }
                return Evaluation.score(s, golds, unread);
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the evaluation for
        }
    }
}
