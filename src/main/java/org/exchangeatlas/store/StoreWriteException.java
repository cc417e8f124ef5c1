package org.exchangeatlas.store;

/**
 * A write to the store failed below Jena, where it surfaces as an {@link Error} rather than an
 * exception: TDB2 writes through memory-mapped files, so a full disk is a fault in an unsafe
 * memory access. The transaction was aborted; the message is one line for the user.
 */
public class StoreWriteException extends RuntimeException {
    public StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
