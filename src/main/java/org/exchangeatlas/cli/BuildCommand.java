package org.exchangeatlas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.pipeline.BuildOptions;
import org.exchangeatlas.pipeline.BuildSummary;
import org.exchangeatlas.pipeline.ProblemHandler;
import org.exchangeatlas.source.FileBudget;
import org.exchangeatlas.source.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atlas build [--store DIR] PATH...}: reads files and folders into the store. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Read files and folders into the store.",
                "Reads only new or changed files (by path, size and modification time; all again when the",
                "vocabularies changed); --prune removes the documents of files that are gone.",
                "Reads .txt (UTF-8 or GB18030/GBK), .html, .htm, .pdf, .docx, and tables (.csv, .json,",
                "  .jsonl) with their mapping NAME.mapping.json beside them; folders recursively.",
                "Each skipped file is reported on standard error as one line 'PATH: reason', among them",
                "  a file over its time or text limit, a link to outside the PATHs, a folder that cannot be listed.",
                "SIGTERM or Ctrl-C stops a build before it commits: the store stays as it was."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every file was read", "  1  some files were skipped (the rest landed), or the build failed",
                "     (with --strict: at the first file that cannot be read, the store as it was)",
                "  2  usage error"})
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/atlas",
            description = "The store folder, created if absent (default: ${DEFAULT-VALUE}).")
    Path store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to read; folders recursively.")
    List<Path> paths;

    @Option(names = "--" + InferenceSettings.WIDER_TIER_NAME, description = InferenceSettings.WIDER_TIER_DESCRIPTION)
    boolean inferWiderTier;

    @Option(names = "--" + InferenceSettings.PROXIES_NAME, description = InferenceSettings.PROXIES_DESCRIPTION)
    boolean inferProxies;

    @Option(names = "--prune", description = "Remove from the store the documents whose files are no longer among the PATHs.")
    boolean prune;

    @Option(names = "--reread", description = "Read every file again, even those the store holds unchanged.")
    boolean reread;

    @Option(names = "--strict", description = "Fail the build at the first error (a file that cannot be read), "
            + "committing nothing; by default such files are skipped and the rest lands.")
    boolean strict;

    @Option(names = FileBudget.TIME_OPTION, paramLabel = "SECONDS", defaultValue = "60",
            description = "The longest one file may be read and extracted; a file over it is skipped (default: ${DEFAULT-VALUE}).")
    long fileTimeLimit;

    @Option(names = FileBudget.TEXT_OPTION, paramLabel = "MB", defaultValue = "200",
            description = "The most text one file may give, in MB (2^20 characters); a file over it is skipped (default: ${DEFAULT-VALUE}).")
    long fileTextLimit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliException {
        FileBudget budget;
        try {
            budget = FileBudget.of(fileTimeLimit, fileTextLimit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        InferenceSettings inference = InferenceSettings.DEFAULTS
                .with(InferenceSettings.WIDER_TIER, inferWiderTier)
                .with(InferenceSettings.PROXIES, inferProxies);
        BuildSummary s = Builds.build(paths, store, inference, new BuildOptions(prune, reread, budget,
                strict ? ProblemHandler.STRICT : ProblemHandler.GO_ON), atlas.out, atlas.err);
        if (s == null) {
            return AtlasCommand.FAILED; // stopped, or failed at an error (--strict), and said so
        }
        if (s.files() == 0 && s.skipped().isEmpty()) {
            atlas.err.println("atlas: no files found under "
                    + String.join(" ", paths.stream().map(p -> Printable.of(p.toString())).toList()));
            return AtlasCommand.FAILED;
        }
        return s.skipped().isEmpty() ? 0 : AtlasCommand.FAILED;
    }
}
