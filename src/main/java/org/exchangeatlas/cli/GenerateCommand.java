package org.exchangeatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exchangeatlas.generate.CorpusGenerator;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code atlas generate --programs N --out DIR [--seed S]}: writes a synthetic corpus. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Write a synthetic corpus of notices for benchmarks and tests.",
                "Made-up programs drawn from the vocabularies: Chinese notices (text and HTML), English",
                "notices, revised notices and duplicates. The same seed gives the same bytes."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  the files cannot be written", "  2  usage error"})
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Spec
    CommandSpec spec;

    @Option(names = "--programs", paramLabel = "N", required = true, description = "How many programs.")
    int programs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws CliException {
        if (programs < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--programs must be 0 or more");
        }
        Vocabulary vocab = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
        CorpusGenerator.Corpus c;
        try {
            c = new CorpusGenerator(vocab).generate(programs, seed, out);
        } catch (IOException e) {
            throw new CliException(out + ": cannot write: " + Messages.describe(e), e);
        }
        atlas.out.println("Generated " + c.programs() + " programs in " + c.files() + " files (" + c.bytes() + " bytes) under "
                + out + ": " + c.chinese() + " Chinese notices (" + c.html() + " as HTML), " + c.english()
                + " English, " + c.revisions() + " revisions, " + c.duplicates() + " duplicates");
        return 0;
    }
}
