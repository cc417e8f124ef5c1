package org.exchangeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exchangeatlas.cli.AtlasCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a full disk or a read-only one: the build fails with one line naming the store, and
 * nothing else. The full disk is a small tmpfs mounted for the test, which needs root; where
 * mounting is not allowed the test is skipped (assumption), not passed.
 */
class StoreFaultsTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskGivesOneLine() throws Exception {
        Path mnt = Files.createDirectories(tmp.resolve("full"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt.toString()), "cannot mount a tmpfs here");
        try {
            Path store = mnt.resolve("store");
            List<String> err = build(store, Path.of("samples/notices"));
            assertEquals(List.of("atlas: " + store + ": cannot write the store (disk full?): a write to its memory-mapped"
                    + " files failed; the build was rolled back (run again with --debug for the stack trace)"), err);
        } finally {
            run("umount", "-l", mnt.toString());
        }
    }

    @Test
    void aReadOnlyStoreGivesOneLine() throws Exception {
        Path built = tmp.resolve("built");
        assertEquals(List.of(), build(built, Path.of("samples/notices/2016-sco-customs.txt")));
        // root writes through file permissions: where we may, show the store through a read-only bind mount
        Path store = Files.createDirectories(tmp.resolve("read-only"));
        boolean mounted = run("mount", "--bind", built.toString(), store.toString());
        try {
            if (mounted) {
                assumeTrue(run("mount", "-o", "remount,bind,ro", store.toString()), "cannot remount read-only");
            } else {
                store = built;
                assumeTrue(store.toFile().setWritable(false, false) && !Files.isWritable(store), "cannot make the store read-only");
            }
            assertEquals(List.of("atlas: " + store + ": store folder is not writable"),
                    build(store, Path.of("samples/notices")));
        } finally {
            if (mounted) {
                run("umount", "-l", store.toString());
            } else {
                built.toFile().setWritable(true, false);
            }
        }
    }

    /** Builds and returns the lines of standard error. */
    private static List<String> build(Path store, Path input) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtlasCommand.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "build", "--store", store.toString(), input.toString());
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static boolean run(String... cmd) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
