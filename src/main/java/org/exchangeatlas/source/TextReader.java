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
     * The text of the file within one file's budget. Readers that can run long or give much more
     * text than they have bytes (Tika's) honour it as they go; by default the text is read and
     * its length then checked.
     */
    default String read(byte[] bytes, FileBudget.Allowance allowance) throws UnreadableFileException {
        String text = read(bytes);
        allowance.checkText(text.length());
        allowance.checkTime();
        return text;
    }

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
