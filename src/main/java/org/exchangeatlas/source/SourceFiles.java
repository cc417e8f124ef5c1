package org.exchangeatlas.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the files to read, folders recursively, in a stable order
 * (the paths in the order given, a folder's files sorted by path) so that a build is the same on
 * every machine. Hidden files and folders are
 * passed over. A symbolic link found in a folder is followed only when it resolves inside one of
 * the given paths: a link to a file or folder elsewhere ({@code /etc/passwd}) is one line and
 * not read, a link to a folder inside is followed, and a link to a folder that holds it (a loop)
 * is one line and not followed. A folder that cannot be listed is one line, and only that folder
 * is left out. Files are listed through a {@link Lister}, which a test may replace.
 */
public final class SourceFiles {

    /** Lists the entries of one folder; the seam through which a test makes a folder fail. */
    @FunctionalInterface
    public interface Lister {
        List<Path> list(Path folder) throws IOException;

        /** The file system itself. */
        Lister FILE_SYSTEM = folder -> {
            try (Stream<Path> s = Files.list(folder)) {
                return s.toList();
            }
        };
    }

    /**
     * A file found, with the path to record for it.
     *
     * @param named whether the user named this file itself (not a folder holding it)
     */
    public record SourceFile(Path path, String sourcePath, boolean named) {}

    /** A path given or found that is not read: missing, unlistable, a link outside, a loop. */
    public record Missing(String sourcePath, String reason) {}

    /** What {@link #expand} found. */
    public record Listing(List<SourceFile> files, List<Missing> missing) {}

    private final Lister lister;

    public SourceFiles() {
        this(Lister.FILE_SYSTEM);
    }

    public SourceFiles(Lister lister) {
        this.lister = lister;
    }

    public Listing expand(List<Path> roots) {
        List<Path> insides = new ArrayList<>();
        for (Path root : roots) {
            real(root).ifPresent(insides::add);
        }
        List<SourceFile> files = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (Path root : roots) {
            String shown = slashes(root.toString());
            if (!Files.exists(root)) {
                missing.add(new Missing(shown, "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                List<Path> chain = new ArrayList<>();
                real(root).ifPresent(chain::add);
                List<SourceFile> found = new ArrayList<>();
                List<Missing> lost = new ArrayList<>();
                walk(root, chain, insides, found, lost);
                found.sort(Comparator.comparing(SourceFile::path));
                lost.sort(Comparator.comparing(Missing::sourcePath));
                files.addAll(found);
                missing.addAll(lost);
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

    /** Lists {@code folder}; {@code chain} holds the real paths of the folders it is in, itself last. */
    private void walk(Path folder, List<Path> chain, List<Path> insides, List<SourceFile> files, List<Missing> missing) {
        List<Path> entries;
        try {
            entries = lister.list(folder);
        } catch (IOException | RuntimeException e) {
            missing.add(new Missing(slashes(folder.toString()), "cannot list folder (" + why(e) + "); its files are not read"));
            return;
        }
        for (Path entry : entries) {
            if (isHidden(entry.getFileName())) {
                continue;
            }
            String shown = slashes(entry.toString());
            if (Files.isSymbolicLink(entry)) {
                java.util.Optional<Path> target = real(entry);
                if (target.isEmpty()) {
                    missing.add(new Missing(shown, "a link to nothing (" + Printable.of(linkTarget(entry)) + ")"));
                    continue;
                }
                if (insides.stream().noneMatch(target.get()::startsWith)) {
                    missing.add(new Missing(shown, "a link to outside the given folders (" + Printable.of(target.get().toString()) + "); not read"));
                    continue;
                }
            }
            if (Files.isDirectory(entry)) {
                Path real = real(entry).orElse(entry);
                if (chain.contains(real)) {
                    missing.add(new Missing(shown, "a link to a folder that holds it (a loop); not followed"));
                    continue;
                }
                List<Path> deeper = new ArrayList<>(chain);
                deeper.add(real);
                walk(entry, deeper, insides, files, missing);
            } else if (Files.isRegularFile(entry)) {
                files.add(new SourceFile(entry, shown, false));
            } else {
                missing.add(new Missing(shown, "not a regular file (a pipe, socket or device); not read"));
            }
        }
    }

    private static java.util.Optional<Path> real(Path p) {
        try {
            return java.util.Optional.of(p.toRealPath());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String why(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it is gone";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String slashes(String p) {
        return p.replace('\\', '/');
    }
}
