package org.exchangeatlas.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the files to read, folders recursively, in a stable order
 * so that a build is the same on every machine. Hidden files and folders are passed over.
 */
public final class SourceFiles {

    /**
     * A file found, with the path to record for it.
     *
     * @param named whether the user named this file itself (not a folder holding it)
     */
    public record SourceFile(Path path, String sourcePath, boolean named) {}

    /** A named path that does not exist or cannot be listed. */
    public record Missing(String sourcePath, String reason) {}

    /** What {@link #expand} found. */
    public record Listing(List<SourceFile> files, List<Missing> missing) {}

    public Listing expand(List<Path> roots) {
        List<SourceFile> files = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (Path root : roots) {
            String shown = slashes(root.toString());
            if (!Files.exists(root)) {
                missing.add(new Missing(shown, "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(root.relativize(p)))
                            .sorted()
                            .forEach(p -> files.add(new SourceFile(p, slashes(p.toString()), false)));
                } catch (IOException | UncheckedIOException e) {
                    missing.add(new Missing(shown, "cannot list folder: " + e.getMessage()));
                }
            } else {
                files.add(new SourceFile(root, shown, true));
            }
        }
        return new Listing(files, missing);
    }

    /** Whether a path (relative to the folder given) has a part that starts with a dot. */
    public static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashes(String p) {
        return p.replace('\\', '/');
    }
}
