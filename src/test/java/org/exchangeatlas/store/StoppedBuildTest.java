package org.exchangeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build told to end (SIGTERM, what {@link Process#destroy()} sends on Linux) while it reads
 * and writes stops before it commits, says so in one line, and leaves the store as the last
 * committed build left it.
 */
class StoppedBuildTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermStopsABuildWithOneLineAndTheStoreStaysAsItWas() throws Exception {
        TwoBuilds two = TwoBuilds.prepare(tmp, 10, 60, 21);
        StoreState before = two.before();
        long fullMillis = two.fullMillis();

        // Half way through the build; later if the signal came before the command had started,
        // earlier if it came after the build had committed (a machine less busy than when the
        // reference build was timed).
        Path pristine = tmp.resolve("pristine");
        KilledBuildTest.copyTree(two.store(), pristine);
        List<String> tries = new ArrayList<>();
        for (double at : new double[] {0.5, 0.65, 0.35, 0.2}) {
            Path errFile = tmp.resolve("stopped-" + at + ".err");
            Process p = two.start(ProcessBuilder.Redirect.to(errFile.toFile()));
            Thread.sleep((long) (fullMillis * at));
            boolean runningWhenSignalled = p.isAlive();
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the build ended after SIGTERM");
            List<String> err = Files.readAllLines(errFile, StandardCharsets.UTF_8);
            tries.add(at + ": exit " + p.exitValue() + ", " + err);
            StoreState now = StoreState.of(two.store());
            if (now.equals(two.after())) {
                // it had committed when the signal came: the whole build landed, nothing half; try earlier
                assertTrue(err.isEmpty() || !err.get(0).contains("stopped before it committed"), tries::toString);
                KilledBuildTest.deleteTree(two.store());
                KilledBuildTest.copyTree(pristine, two.store());
                continue;
            }
            assertEquals(before, now, "the store is as it was after " + tries);
            if (runningWhenSignalled && !err.isEmpty()) {
                assertEquals(List.of("atlas: the build was stopped before it committed; the store is as it was"), err);
                return;
            }
        }
        throw new AssertionError("no try stopped a running build: " + tries);
    }
}
