package org.exchangeatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.extract.Problem.Severity;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.source.FileBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passage not understood is a warning: a strict build goes past it, and reports it at its line
 * and column.
 */
class StrictWarningsTest {
    @Test
    void aStrictBuildGoesPastWarningsAndPlacesThem(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("menus.txt"), String.join("\n", "Home | About | News | Contact",
                "Programmes | Alumni | Application | FAQ", "", "Related news", "Site map", ""), StandardCharsets.UTF_8);
        BuiltStore built = BuiltStore.of(tmp.resolve("store"), Wiring.builder(InferenceSettings.DEFAULTS).build(),
                List.of(docs), new BuildOptions(false, false, FileBudget.DEFAULTS, ProblemHandler.STRICT));
        assertEquals(1, built.summary().documents());
        List<Skipped> said = built.summary().notUnderstood();
        assertTrue(said.stream().anyMatch(s -> s.severity() == Severity.WARNING
                && s.toString().matches(".*menus\\.txt:1:1: no main text: every line was read as page furniture.*")),
                said::toString);
    }
}
