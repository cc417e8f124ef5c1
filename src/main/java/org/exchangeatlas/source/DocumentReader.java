package org.exchangeatlas.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exchangeatlas.model.Digests;

/**
 * Reads one file into a {@link Document}: its checksum, its text through the reader of its kind,
 * and a language guess. Files over {@link #MAX_BYTES} are refused before they are read.
 */
public final class DocumentReader {
    /** The largest file read, so that one file cannot exhaust memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final DocumentKinds kinds;
    private final LanguageGuesser languages;
    private final FurnitureFinder furniture;

    /**
     * @param kinds     the registry of readers by file extension
     * @param languages guesses the document's language from its main text
     * @param furniture finds page furniture to set aside
     */
    public DocumentReader(DocumentKinds kinds, LanguageGuesser languages, FurnitureFinder furniture) {
        this.kinds = kinds;
        this.languages = languages;
        this.furniture = furniture;
    }

    /** A reader that sets nothing aside. */
    public DocumentReader(DocumentKinds kinds) {
        this(kinds, new LanguageGuesser(), FurnitureFinder.NONE);
    }

    /** The file extensions read, for messages. */
    public String extensions() {
        return String.join(", ", new java.util.TreeSet<>(kinds.extensions()));
    }

    /** The files beside {@code file} that shape how it is read (a table's mapping), whether or not they exist. */
    public java.util.List<Path> companions(Path file) {
        String name = file.getFileName().toString();
        return kinds.readerFor(name).map(r -> r.companions(name).stream().map(file::resolveSibling).toList())
                .orElse(java.util.List.of());
    }

    public boolean accepts(Path file) {
        return kinds.readerFor(file.getFileName().toString()).isPresent();
    }

    /**
     * Reads {@code file} within the default budget ({@link FileBudget#DEFAULTS}).
     *
     * @param file       the file to read
     * @param sourcePath the path to record, as the user named it
     */
    public Document read(Path file, String sourcePath) throws UnreadableFileException {
        return read(file, sourcePath, FileBudget.DEFAULTS.start());
    }

    /**
     * Reads {@code file} within one file's budget: text past its limit, or reading past its time,
     * makes the file unreadable.
     *
     * @param file       the file to read
     * @param sourcePath the path to record, as the user named it
     * @param allowance  the file's budget, its clock already running
     */
    public Document read(Path file, String sourcePath, FileBudget.Allowance allowance) throws UnreadableFileException {
        TextReader reader = kinds.readerFor(file.getFileName().toString())
                .orElseThrow(() -> new UnreadableFileException("unsupported file type"));
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableFileException("file too large (" + size + " bytes; limit " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        String text = reader.read(bytes, allowance);
        java.util.List<Span> setAside = furniture.setAside(text, reader.mediaType(), bytes);
        Document raw = new Document(Digests.sha256(bytes), sourcePath, reader.mediaType(), text, "und", setAside);
        return new Document(raw.sha256(), sourcePath, raw.mediaType(), text,
                reader.language().orElseGet(() -> languages.guess(raw.readableText())), setAside);
    }

}
