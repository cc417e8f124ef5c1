package org.exchangeatlas.source;

/**
 * Turns the bytes of one kind of file into text. One implementation per document kind; the
 * {@link DocumentKinds} registry picks it by file extension.
 */
public interface TextReader {
    /** The media type of the files this reader takes, recorded on the document. */
    String mediaType();

    /** The text of the file, or an exception whose message is the reason for a user. */
    String read(byte[] bytes) throws UnreadableFileException;

    /**
     * The language every file of this kind has, overriding the guess from its text: a table of
     * coded records is {@code mul}. Empty (the default): the language is guessed.
     */
    default java.util.Optional<String> language() {
        return java.util.Optional.empty();
    }

    /**
     * The names of the files beside {@code fileName} that shape how it is read (a table's mapping
     * file): a change to one of them is a change to the document. None by default.
     */
    default java.util.List<String> companions(String fileName) {
        return java.util.List.of();
    }
}
