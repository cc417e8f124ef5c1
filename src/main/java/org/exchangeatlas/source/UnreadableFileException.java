package org.exchangeatlas.source;

/**
 * A file that cannot become a {@link Document}: empty, undecodable, unsupported or unreadable.
 * The message is the reason alone, written for a user; the caller prefixes the path.
 */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
