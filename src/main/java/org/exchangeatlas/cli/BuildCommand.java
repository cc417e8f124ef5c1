package org.exchangeatlas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.pipeline.BuildOptions;
import org.exchangeatlas.pipeline.BuildSummary;
import picocli.CommandLine.Command;
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
                "Each skipped file is reported on standard error as one line 'PATH: reason'."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every file was read", "  1  some files were skipped (the rest landed), or the build failed",
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

    @Override
    public Integer call() throws CliException {
        InferenceSettings inference = InferenceSettings.DEFAULTS
                .with(InferenceSettings.WIDER_TIER, inferWiderTier)
                .with(InferenceSettings.PROXIES, inferProxies);
        BuildSummary s = Builds.build(paths, store, inference, new BuildOptions(prune, reread), atlas.out, atlas.err);
        if (s.files() == 0 && s.skipped().isEmpty()) {
            atlas.err.println("atlas: no files found under " + String.join(" ", paths.stream().map(Path::toString).toList()));
            return AtlasCommand.FAILED;
        }
        return s.skipped().isEmpty() ? 0 : AtlasCommand.FAILED;
    }
}
