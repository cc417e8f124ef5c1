package org.exchangeatlas.server.guard;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.apache.jena.fuseki.servlets.ActionErrorException;

/**
 * A response body that refuses further bytes once the request's time is up and the answer has
 * begun (an error with 503, Fuseki's status for a query that timed out): whatever is writing it,
 * a whole-dataset dump or a page, stops there. An answer not yet begun (an error page telling
 * that the query timed out) may still be written.
 */
final class DeadlineOutput extends ServletOutputStream {
    private final ServletOutputStream out;
    private final RequestLimits.Deadline deadline;
    private final BooleanSupplier committed;
    private boolean cut;

    DeadlineOutput(ServletOutputStream out, RequestLimits.Deadline deadline, BooleanSupplier committed) {
        this.out = out;
        this.deadline = deadline;
        this.committed = committed;
    }

    /** Whether the answer was cut at the deadline. */
    boolean cut() {
        return cut;
    }

    /** Whether the answer may go on; throws (once) when it was cut at the deadline. */
    private boolean open() {
        if (cut) {
            return false;
        }
        if (deadline.passed() && committed.getAsBoolean()) {
            cut = true;
            throw new ActionErrorException(503, deadline.message(), null);
        }
        return true;
    }

    @Override
    public void write(int b) throws IOException {
        if (open()) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (open()) {
            out.write(bytes, offset, length);
        }
    }

    @Override
    public void flush() throws IOException {
        if (open()) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    @Override
    public boolean isReady() {
        return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        out.setWriteListener(listener);
    }
}
