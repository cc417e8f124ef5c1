package org.exchangeatlas.server.guard;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.jena.fuseki.servlets.ActionErrorException;

/**
 * A request body that ends in an error once more than {@code max} bytes have come (413) or the
 * request's time is up (408). The errors are Fuseki's, so that its operations answer with that
 * status wherever they are reading.
 */
final class LimitedInput extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private final RequestLimits.Deadline deadline;
    private final Supplier<String> tooLarge;
    private long read;

    LimitedInput(ServletInputStream in, long max, RequestLimits.Deadline deadline, Supplier<String> tooLarge) {
        this.in = in;
        this.max = max;
        this.deadline = deadline;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        check(0);
        int b = in.read();
        if (b >= 0) {
            check(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        check(0);
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            check(n);
        }
        return n;
    }

    private void check(int more) {
        read += more;
        if (read > max) {
            throw new ActionErrorException(413, tooLarge.get(), null);
        }
        if (deadline.passed()) {
            throw new ActionErrorException(408, deadline.message() + " while reading the request body", null);
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
