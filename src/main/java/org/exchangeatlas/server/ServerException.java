package org.exchangeatlas.server;

/** The server could not start: a one-line reason for the user ({@code host:port: reason}). */
public final class ServerException extends Exception {
    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
