package org.exchangeatlas.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import org.exchangeatlas.cli.Cli;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code atlas eval} on the project's gold corpus ({@code eval/dev}, {@code eval/heldout}),
 * so that CI scores both folders on every build and fails when a folder's overall F1 falls below
 * its floor, or when a gold file or its document cannot be used. A folder without gold files yet
 * is skipped.
 */
class EvalFloorsTest {
    /**
     * Overall F1 below which {@code eval/dev} fails: the figure measured when it was set (0.906 with
     * {@code ./atlas eval eval/dev}, 570 documents: the first dev set and the sixteen held-out sets
     * that joined it once rules were changed with their files in view), rounded down. Raise it with
     * the extractors, never lower it to let a change through.
     */
    static final double DEV_FLOOR = 0.90;
    /**
     * Overall F1 below which {@code eval/heldout} fails: the figure measured when it was set (0.866;
     * the 32 documents ig-* and ih-* written on 2026-12-08 by two people who had not read the rules,
     * scored once at commit e64bc8c and never tuned to: only their overall figures are looked at),
     * rounded down.
     */
    static final double HELDOUT_FLOOR = 0.85;

    @Test
    void devStaysAboveItsFloor() throws Exception {
        assertAboveFloor(Path.of("eval", "dev"), DEV_FLOOR);
    }

    @Test
    void heldoutStaysAboveItsFloor() throws Exception {
        assertAboveFloor(Path.of("eval", "heldout"), HELDOUT_FLOOR);
    }

    private static void assertAboveFloor(Path folder, double floor) throws Exception {
        assumeTrue(!GoldFiles.find(java.util.List.of(folder), new ArrayList<>()).isEmpty(), folder + " holds no gold file yet");
        Cli.Result r = Cli.run("eval", "--format", "json", "--min-f1", Double.toString(floor), folder.toString());
        JsonNode overall = r.out().isEmpty() ? null : new ObjectMapper().readTree(r.out()).get("overall");
        assertEquals(0, r.code(), () -> folder + ": " + (overall == null ? r.toString() : "overall " + overall));
        assertTrue(overall.get("f1").isNull() || overall.get("f1").asDouble() >= floor, () -> folder + ": " + overall);
    }
}
