package org.exchangeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exchangeatlas.cli.AtlasCommand;
import org.exchangeatlas.generate.CorpusGenerator;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The set-up of the fault tests: a store that holds a first generated corpus, a second corpus to
 * build into it in a child JVM, what the store holds before, what it holds after the second build
 * ran to the end (on a copy), and how long that took.
 *
 * @param first      the corpus already in the store
 * @param second     the corpus the faulty build adds
 * @param store      the store
 * @param before     the store as the first build left it
 * @param after      the store as a whole second build leaves it
 * @param fullMillis how long the whole second build took, child JVM included
 */
record TwoBuilds(Path first, Path second, Path store, StoreState before, StoreState after, long fullMillis) {

    static TwoBuilds prepare(Path tmp, int firstPrograms, int secondPrograms, long seed) throws Exception {
        Vocabulary vocab = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        new CorpusGenerator(vocab).generate(firstPrograms, seed, first);
        new CorpusGenerator(vocab).generate(secondPrograms, seed + 1, second);
        Path store = tmp.resolve("store");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, AtlasCommand.run(quiet, quiet, "build", "--store", store.toString(), first.toString()));
        StoreState before = StoreState.of(store);
        assertTrue(before.counts().programs() > 0, "the first build landed programs");

        // Builds to the end, on copies, say how long a build takes and what it would leave: the
        // shorter of two, since the first child JVM of a busy machine is often the slowest.
        long fullMillis = Long.MAX_VALUE;
        StoreState after = null;
        for (int i = 0; i < 2; i++) {
            Path copy = tmp.resolve("copy-" + i);
            KilledBuildTest.copyTree(store, copy);
            long t0 = System.nanoTime();
            Process full = childBuild(copy, ProcessBuilder.Redirect.DISCARD, first, second);
            assertTrue(full.waitFor(3, TimeUnit.MINUTES), "the reference build finished");
            assertEquals(0, full.exitValue(), "the reference build succeeded");
            fullMillis = Math.min(fullMillis, (System.nanoTime() - t0) / 1_000_000);
            StoreState reached = StoreState.of(copy);
            assertTrue(after == null || after.equals(reached), "two whole builds leave the same store");
            after = reached;
        }
        assertNotEquals(before, after, "the second corpus changes the store");
        return new TwoBuilds(first, second, store, before, after, fullMillis);
    }

    /** Starts the second build into the store in a child JVM, its standard error to {@code err}. */
    Process start(ProcessBuilder.Redirect err) throws IOException {
        return childBuild(store, err, first, second);
    }

    private static Process childBuild(Path store, ProcessBuilder.Redirect err, Path... corpora) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), AtlasCommand.class.getName(),
                "build", "--store", store.toString()));
        for (Path c : corpora) {
            cmd.add(c.toString());
        }
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err).start();
    }
}
