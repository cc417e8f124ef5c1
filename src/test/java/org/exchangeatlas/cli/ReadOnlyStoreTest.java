package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that only read (stats, query, export, validate) work on a store made read-only
 * with {@code chmod -R a-w}, give the answers they give on the writable store, and write nothing
 * into its folder: every file's size and modification time stay as they were and no file is
 * added (TDB2's lock file, which opening a store rewrites, included). Tests run as root, whom
 * permission bits do not stop; the store honours the owner's missing write bit all the same, so
 * what is checked is that nothing was written, not that writing failed.
 */
class ReadOnlyStoreTest {
    private static final String PROGRAMS = "PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "SELECT ?p ?label WHERE { ?p a atlas:Program ; skos:prefLabel ?label } ORDER BY ?p ?label";

    @TempDir
    Path tmp;

    /** Every file and folder under {@code dir}: its size and modification time. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                out.put(dir.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }

    private static void writable(Path dir, boolean writable) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                for (PosixFilePermission w : List.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE)) {
                    if (writable && w == PosixFilePermission.OWNER_WRITE) {
                        perms.add(w);
                    } else {
                        perms.remove(w);
                    }
                }
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    private static List<Cli.Result> readAll(Path store, Path exportFile) {
        String dir = store.toString();
        return List.of(
                Cli.run("stats", "--store", dir),
                Cli.run("query", "--store", dir, "--format", "csv", PROGRAMS),
                Cli.run("export", "--store", dir, "--format", "nquads", "--out", exportFile.toString()),
                Cli.run("validate", "--store", dir));
    }

    @Test
    void readingCommandsWorkOnAReadOnlyStoreAndWriteNothingIntoIt() throws Exception {
        Path store = tmp.resolve("store");
        Cli.Result built = Cli.run("build", "--store", store.toString(), "samples/notices");
        assertEquals(0, built.code(), built::toString);
        List<Cli.Result> writable = readAll(store, tmp.resolve("writable.nq"));
        assertTrue(writable.get(1).out().lines().count() > 5, "the query has rows: " + writable.get(1));

        writable(store, false);
        try {
            Map<String, String> before = snapshot(store);
            List<Cli.Result> readOnly = readAll(store, tmp.resolve("read-only.nq"));
            assertEquals(before, snapshot(store), "nothing in the store's folder changed");
            for (int i = 0; i < readOnly.size(); i++) {
                Cli.Result w = writable.get(i);
                Cli.Result r = readOnly.get(i);
                assertEquals(w.code(), r.code(), r::toString);
                assertEquals(w.out(), r.out(), "the same answer read-only: " + r);
                assertEquals(1, r.errLines().stream().filter(l -> l.matches(
                        "atlas: " + store + " is read-only: reading a temporary copy of it \\(\\d+ MB\\)")).count(), r::toString);
            }
            assertEquals(Files.readString(tmp.resolve("writable.nq")), Files.readString(tmp.resolve("read-only.nq")));
        } finally {
            writable(store, true);
        }
    }
}
