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
}
