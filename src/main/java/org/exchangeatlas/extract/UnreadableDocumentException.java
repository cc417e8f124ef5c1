package org.exchangeatlas.extract;

/**
 * A document its extractor cannot read at all: a table whose quoting is broken, JSON that does not
 * parse, a table with no mapping beside it or a mapping that does not fit it. Unlike a passage
 * not understood ({@link Problem}), nothing of such a document can be trusted: the pipeline skips
 * the file with this message as its reason ({@code PATH: reason}), and nothing of it lands.
 */
public class UnreadableDocumentException extends RuntimeException {
    /** @param reason the reason alone, for a user (with row, line or column where known) */
    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
