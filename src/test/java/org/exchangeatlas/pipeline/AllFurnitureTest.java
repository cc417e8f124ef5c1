package org.exchangeatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.infer.InferenceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose every line reads as furniture gives no program; the build says so for that file
 * instead of leaving it silently empty.
 */
class AllFurnitureTest {
    @Test
    void aPageOfNothingButMenusAndLinksIsReportedNotSilentlyEmpty(@TempDir Path tmp) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("menus.txt"), String.join("\n", "Home | About | News | Contact",
                "Programmes | Alumni | Application | FAQ", "", "Related news", "Site map", "",
                "© 2026 Some Institute. All rights reserved.", ""), StandardCharsets.UTF_8);
        BuiltStore built = BuiltStore.of(tmp.resolve("store"), Wiring.builder(InferenceSettings.DEFAULTS).build(),
                List.of(docs), BuildOptions.DEFAULTS);
        assertEquals(1, built.summary().documents());
        List<Skipped> said = built.summary().notUnderstood();
        assertTrue(said.stream().anyMatch(s -> s.sourcePath().contains("menus.txt")
                && s.reason().contains("no main text: every line was read as page furniture")), said::toString);
    }
}
