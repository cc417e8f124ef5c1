package org.exchangeatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A store folder that must not be written: TDB2 opens every file of a database for writing and
 * takes a lock file, even to read, so a store in a read-only folder (a shared copy, a mounted
 * archive, {@code chmod -R a-w}) is read from a copy of its current generation in a temporary
 * folder, which is deleted again when the store is closed. A folder counts as read-only when this
 * process may not write it, or when its owner may not (so that {@code chmod a-w} is honoured even
 * by root, whom permission bits do not stop).
 */
final class ReadOnlyFolder {
    private static final String LOCK = "tdb.lock";

    private ReadOnlyFolder() {}

    /** Whether {@code dir} (the store folder or its current generation) is not to be written. */
    static boolean isReadOnly(Path dir) {
        for (Path p : Stream.concat(Stream.of(dir), generation(dir).stream()).toList()) {
            if (!Files.isWritable(p) || !ownerMayWrite(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownerMayWrite(Path p) {
        PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (posix == null) {
            return true;
        }
        try {
            return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /** The current generation of a TDB2 store: its highest {@code Data-NNNN} folder. */
    static Optional<Path> generation(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Copies the current generation of {@code dir} (lock files left out) into a new temporary folder. */
    static Path copy(Path dir) throws StoreException {
        Path generation = generation(dir).orElseThrow(() -> new StoreException(dir + ": no TDB2 database in the folder"));
        Path copy = null;
        try {
            copy = Files.createTempDirectory("atlas-read-only-");
            Path target = Files.createDirectories(copy.resolve(generation.getFileName().toString()));
            List<Path> files;
            try (Stream<Path> s = Files.list(generation)) {
                files = s.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().equals(LOCK)).toList();
            }
            for (Path f : files) {
                Path to = target.resolve(f.getFileName().toString());
                Files.copy(f, to);
                to.toFile().setWritable(true, true);
            }
            return copy;
        } catch (IOException e) {
            delete(copy);
            throw new StoreException(dir + ": the store is read-only and cannot be copied to read it: " + e.getMessage(), e);
        }
    }

    /** Deletes a copy made by {@link #copy}; quietly, as it is only a temporary folder. */
    static void delete(Path copy) {
        if (copy == null || !Files.exists(copy)) {
            return;
        }
        try (Stream<Path> s = Files.walk(copy)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left in the temporary folder, where the system clears it
        }
    }
}
