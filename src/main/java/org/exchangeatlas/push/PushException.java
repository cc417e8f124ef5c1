package org.exchangeatlas.push;

/** Why a push failed, as one line for the user (an unreachable endpoint, a refused request). */
public final class PushException extends Exception {
    public PushException(String message) {
        super(message);
    }

    public PushException(String message, Throwable cause) {
        super(message, cause);
    }
}
