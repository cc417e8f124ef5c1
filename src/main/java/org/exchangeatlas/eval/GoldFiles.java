package org.exchangeatlas.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exchangeatlas.source.SourceFiles;

/**
 * The gold files named on the command line: folders are searched (recursively, hidden files
 * passed over) for {@code *.gold.json}; a file must be one. Each is read by {@link GoldReader}
 * and must have its document beside it.
 */
public final class GoldFiles {
    private final GoldReader reader = new GoldReader();

    /**
     * The gold files under {@code paths}, in a stable order.
     *
     * @throws EvalException listing every problem found, one line each ({@code PATH: reason})
     */
    public List<GoldFile> read(List<Path> paths) throws EvalException {
        List<GoldFile> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : find(paths, problems)) {
            try {
                GoldFile gold = reader.read(p);
                if (!Files.isRegularFile(gold.document())) {
                    throw new EvalException(p + ": document missing (expected " + gold.document() + ")");
                }
                out.add(gold);
            } catch (EvalException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new EvalException(problems);
        }
        return out;
    }

    /** The gold file paths under {@code paths}; a path that is not one, or a folder without any, is a problem. */
    public static List<Path> find(List<Path> paths, List<String> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = inFolder(p, problems);
                if (found.isEmpty()) {
                    problems.add(p + ": no gold files (*" + GoldReader.SUFFIX + ") in this folder");
                }
                out.addAll(found);
            } else if (!Files.exists(p)) {
                problems.add(p + ": no such file or folder");
            } else if (!p.getFileName().toString().endsWith(GoldReader.SUFFIX)) {
                problems.add(p + ": not a gold file (its name must end in " + GoldReader.SUFFIX + ")");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> inFolder(Path folder, List<String> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(GoldReader.SUFFIX))
                    .filter(f -> !SourceFiles.isHidden(folder.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(folder + ": cannot list folder: " + e.getMessage());
            return List.of();
        }
    }
}
