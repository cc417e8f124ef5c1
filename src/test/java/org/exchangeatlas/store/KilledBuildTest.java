package org.exchangeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment leaves the store exactly as the last committed build
 * left it: a child JVM runs {@code atlas build} of a second corpus into a store that holds a
 * first one, and is killed ({@link Process#destroyForcibly()}, SIGKILL on Linux) after a random
 * delay spread over the whole build (start-up, reading, writing, consolidation, inference); then
 * the store is opened (TDB2 recovers from its journal) and must hold the same counts and the
 * same quads as before.
 */
class KilledBuildTest {
    private static final int KILLS = 20;

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledAtTwentyRandomPointsLeavesTheStoreAsItWas() throws Exception {
        TwoBuilds two = TwoBuilds.prepare(tmp, 10, 15, 11);
        Path store = two.store();
        StoreState before = two.before();
        StoreState after = two.after();
        long fullMillis = two.fullMillis();
        Path pristine = tmp.resolve("pristine");
        copyTree(store, pristine);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> delays = new ArrayList<>();
        int landed = 0;
        double upper = 0.85;
        for (int i = 0; i < KILLS; i++) {
            // Spread over the build, up to 85% of its length (the commit comes near its end); a kill
            // that came after the commit shows the commit comes earlier on this run of the machine
            // (a child JVM that started faster than the timed ones), and later kills stay before it.
            long delay = (long) (fullMillis * (0.02 + (upper - 0.02) * random.nextDouble()));
            delays.add(delay);
            Process p = two.start(ProcessBuilder.Redirect.DISCARD);
            Thread.sleep(delay);
            boolean finished = !p.isAlive();
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            StoreState now = StoreState.of(store);
            String where = "kill " + (i + 1) + " after " + delay + " ms of a " + fullMillis + " ms build (seed " + seed
                    + ", process had exited: " + finished + ")";
            if (now.equals(after)) {
                // Killed after the commit: the whole second build landed. Start the next kill from the first state.
                landed++;
                upper = Math.max(0.1, 0.9 * delay / fullMillis);
                deleteTree(store);
                copyTree(pristine, store);
            } else {
                assertEquals(before, now, where + ": the store holds neither the earlier nor the later build");
            }
        }
        System.out.println(KILLS + " kills of a " + fullMillis + " ms build at " + delays + " ms; " + landed
                + " after the commit");
        assertTrue(landed <= KILLS / 4, landed + " of " + KILLS + " kills came after the commit; delays " + delays);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
