package org.exchangeatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exchangeatlas.vocab.LocaleVocabularyGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atlas vocab-gen [DIR]}: regenerates countries.ttl and languages.ttl from the JDK's locale data. */
@Command(name = "vocab-gen", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Maintenance: regenerate the country and language vocabularies.",
                "Writes countries.ttl and languages.ttl from the JDK's locale data (CLDR).",
                "Run it from the repository root after a JDK update and commit the result."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  the files cannot be written", "  2  usage error"})
final class VocabGenCommand implements Callable<Integer> {
    @ParentCommand
    AtlasCommand atlas;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "ontology/vocab",
            description = "The folder to write into (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws CliException {
        try {
            new LocaleVocabularyGenerator().writeTo(dir);
        } catch (IOException e) {
            throw new CliException(dir + ": cannot write: " + Messages.describe(e), e);
        }
        atlas.err.println("wrote " + dir.resolve("countries.ttl") + " and " + dir.resolve("languages.ttl"));
        return 0;
    }
}
