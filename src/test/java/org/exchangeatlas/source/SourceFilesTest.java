package org.exchangeatlas.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and folders that would make a build read what it was not given, loop, or lose a tree:
 * a link to a file outside the given folders is one line and not read; a link to a folder inside
 * is followed; a link to a folder that holds it is one line and not followed; a folder that
 * cannot be listed is one line and only it is left out. (Tests run as root, for whom permission
 * bits do not stop a listing, so the unlistable folder is made through the {@link SourceFiles.Lister} seam.)
 */
class SourceFilesTest {
    @TempDir
    Path tmp;

    private static List<String> paths(SourceFiles.Listing listing, Path base) {
        return listing.files().stream().map(f -> base.relativize(f.path()).toString()).toList();
    }

    private static List<String> missing(SourceFiles.Listing listing) {
        return listing.missing().stream().map(m -> m.sourcePath() + ": " + m.reason()).toList();
    }

    @Test
    void aLinkToAFileOutsideIsOneLineAndNotListed() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("notice.txt"), "text");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), secret);

        SourceFiles.Listing l = new SourceFiles().expand(List.of(corpus));
        assertEquals(List.of("corpus/notice.txt"), paths(l, tmp));
        assertEquals(List.of(corpus + "/passwd.txt: a link to outside the given folders (" + secret.toRealPath() + "); not read"),
                missing(l));
    }

    @Test
    void aLinkedFolderInsideIsFollowedAndALoopIsOneLine() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path real = Files.createDirectories(corpus.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "a");
        Files.createSymbolicLink(corpus.resolve("linked"), real);
        Files.createSymbolicLink(real.resolve("up"), corpus);

        SourceFiles.Listing l = new SourceFiles().expand(List.of(corpus));
        assertEquals(List.of("corpus/linked/a.txt", "corpus/real/a.txt"), paths(l, tmp));
        assertEquals(List.of(
                corpus + "/linked/up: a link to a folder that holds it (a loop); not followed",
                corpus + "/real/up: a link to a folder that holds it (a loop); not followed"), missing(l));
    }

    @Test
    void aLinkedFolderIntoAnotherGivenPathIsFollowed() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path library = Files.createDirectories(tmp.resolve("library"));
        Files.writeString(library.resolve("b.txt"), "b");
        Files.createSymbolicLink(corpus.resolve("shelf"), library);

        SourceFiles.Listing l = new SourceFiles().expand(List.of(corpus, library));
        assertEquals(List.of("corpus/shelf/b.txt", "library/b.txt"), paths(l, tmp));
        assertEquals(List.of(), missing(l));
    }

    @Test
    void anUnlistableFolderIsOneLineAndTheRestIsListed() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("hidden-from-us.txt"), "x");
        Files.createDirectories(corpus.resolve("open"));
        Files.writeString(corpus.resolve("open/a.txt"), "a");
        Files.writeString(corpus.resolve("b.txt"), "b");
        SourceFiles.Lister denying = folder -> {
            if (folder.equals(locked)) {
                throw new AccessDeniedException(folder.toString());
            }
            return SourceFiles.Lister.FILE_SYSTEM.list(folder);
        };

        SourceFiles.Listing l = new SourceFiles(denying).expand(List.of(corpus));
        assertEquals(List.of("corpus/b.txt", "corpus/open/a.txt"), paths(l, tmp));
        assertEquals(List.of(locked + ": cannot list folder (permission denied); its files are not read"), missing(l));
    }
}
