package org.exchangeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.exchangeatlas.cli.AtlasCommand;
import org.exchangeatlas.generate.CorpusGenerator;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
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
        Vocabulary vocab = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        new CorpusGenerator(vocab).generate(10, 11, first);
        new CorpusGenerator(vocab).generate(15, 12, second);
        Path store = tmp.resolve("store");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertEquals(0, AtlasCommand.run(quiet, quiet, "build", "--store", store.toString(), first.toString()));
        StoreState before = StoreState.of(store);
        assertTrue(before.counts().programs() > 0, "the first build landed programs");
        Path pristine = tmp.resolve("pristine");
        copyTree(store, pristine);

        // One build to the end, on a copy, says how long a build takes and what it would leave.
        Path copy = tmp.resolve("copy");
        copyTree(store, copy);
        long t0 = System.nanoTime();
        Process full = childBuild(copy, first, second);
        assertTrue(full.waitFor(2, TimeUnit.MINUTES), "the reference build finished");
        assertEquals(0, full.exitValue(), "the reference build succeeded");
        long fullMillis = (System.nanoTime() - t0) / 1_000_000;
        StoreState after = StoreState.of(copy);
        assertNotEquals(before, after, "the second corpus changes the store");

        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> delays = new ArrayList<>();
        int landed = 0;
        for (int i = 0; i < KILLS; i++) {
            // Spread over the build, up to 85% of its length (the commit comes at its very end).
            long delay = (long) (fullMillis * (0.02 + 0.83 * random.nextDouble()));
            delays.add(delay);
            Process p = childBuild(store, first, second);
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

    private static Process childBuild(Path store, Path... corpora) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), AtlasCommand.class.getName(),
                "build", "--store", store.toString()));
        for (Path c : corpora) {
            cmd.add(c.toString());
        }
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
