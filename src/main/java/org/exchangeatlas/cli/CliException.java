package org.exchangeatlas.cli;

/**
 * An error for the user: the message is one line naming the file (and line or field where known)
 * and the reason. The command line prints it as {@code atlas: message} and exits with 1.
 */
final class CliException extends Exception {
    CliException(String message) {
        super(Messages.firstLine(message));
    }

    CliException(String message, Throwable cause) {
        super(Messages.firstLine(message), cause);
    }
}
