package org.exchangeatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.DocumentKinds;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.JusTextSettings;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.PageCues;
import org.exchangeatlas.source.PageFurnitureFinder;
import org.exchangeatlas.source.UnreadableFileException;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Arbitrary bytes written to a file of each text kind (the first byte chooses txt, html, csv or
 * json; PDF and DOCX are left to {@code HostileInputTest}, Tika's parsers being too slow to fuzz
 * here) are read by the reader the build wires, page furniture finder included, or refused with
 * the one-line {@link UnreadableFileException}; what is set aside lies within the text.
 */
class DocumentReaderFuzzTest {
    private static final String[] KINDS = {"txt", "html", "csv", "json"};
    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
    private static final DocumentReader READER = new DocumentReader(DocumentKinds.standard(), LANGUAGES,
            new PageFurnitureFinder(PageCues.from(Vocabulary.from(OntologyFiles.onClassPath().vocabulary())),
                    JusTextSettings.standard(), LANGUAGES));
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("atlas-fuzz-reader");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = FuzzDurations.PER_TARGET)
    void readsOrRefuses(byte[] data) throws IOException {
        FuzzInput in = FuzzInput.of(data);
        Path file = DIR.resolve("input." + KINDS[in.choose(KINDS.length)]);
        Files.write(file, in.rest());
        try {
            Document d = READER.read(file, file.getFileName().toString());
            FuzzInput.assertWithin(d.setAside(), d.text().length(), "set-aside");
            assertEquals(d.text().length(), d.readableText().length());
        } catch (UnreadableFileException e) {
            OneLine.check(e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
