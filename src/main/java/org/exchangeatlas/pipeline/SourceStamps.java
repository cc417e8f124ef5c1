package org.exchangeatlas.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.UnreadableFileException;
import org.exchangeatlas.store.FileStamps;

/**
 * The stamp an incremental build compares (size and modification time) of a file and of the
 * companions read with it: a table's mapping is part of what was read, so a changed mapping reads
 * the table again.
 */
final class SourceStamps {
    private SourceStamps() {}

    /** The file's size and time, with those of its companions. */
    static FileStamps.Stamp withCompanions(DocumentReader reader, Path file) throws UnreadableFileException {
        FileStamps.Stamp stamp = of(file);
        for (Path companion : reader.companions(file)) {
            if (Files.isRegularFile(companion)) {
                FileStamps.Stamp c = of(companion);
                stamp = new FileStamps.Stamp(stamp.size() + c.size(), Math.max(stamp.modified(), c.modified()));
            }
        }
        return stamp;
    }

    private static FileStamps.Stamp of(Path file) throws UnreadableFileException {
        try {
            return new FileStamps.Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }
}
