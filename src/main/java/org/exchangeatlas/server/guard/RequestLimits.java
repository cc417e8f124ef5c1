package org.exchangeatlas.server.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Bounds every request: a body larger than the limit is refused with 413 before it is read (when
 * it says its length) or as soon as it passes the limit (when it is chunked); and the whole
 * exchange, reading the body and writing the answer, must end within the time limit, counted
 * from the request's arrival. A Graph Store read of the whole dataset, say, stops there, and the
 * connection is cut so that the client cannot take the partial answer for a whole one.
 */
public final class RequestLimits implements Filter {
    private final long maxBody;
    private final Duration timeLimit;

    public RequestLimits(long maxBody, Duration timeLimit) {
        this.maxBody = maxBody;
        this.timeLimit = timeLimit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long length = request.getContentLengthLong();
        if (length > maxBody) {
            response.setHeader("Connection", "close");
            PlainErrors.send(response, 413, tooLarge(length + " bytes"));
            return;
        }
        Deadline deadline = new Deadline(System.nanoTime() + timeLimit.toNanos(), timeLimit);
        LimitedResponse limitedResponse = new LimitedResponse(response, deadline);
        chain.doFilter(new LimitedRequest(request, maxBody, deadline), limitedResponse);
        if (limitedResponse.cut()) {
            // The answer was cut at the time limit: end the connection rather than the answer.
            throw new IOException(deadline.message());
        }
    }

    private String tooLarge(String size) {
        return "the request body (" + size + ") is larger than this server takes (" + maxBody + " bytes; see --body-limit)";
    }

    /** When the request must be done by. */
    record Deadline(long nanos, Duration limit) {
        boolean passed() {
            return System.nanoTime() - nanos > 0;
        }

        String message() {
            return "the request ran past the time limit of " + limit.toSeconds() + " s";
        }
    }

    /** The request whose body stops at the size limit and at the deadline. */
    private final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private final Deadline deadline;
        private ServletInputStream body;

        LimitedRequest(HttpServletRequest request, long max, Deadline deadline) {
            super(request);
            this.max = max;
            this.deadline = deadline;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInput(super.getInputStream(), max, deadline, () -> tooLarge("more than " + max + " bytes"));
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** The response whose writes stop at the deadline. */
    private static final class LimitedResponse extends HttpServletResponseWrapper {
        private final Deadline deadline;
        private DeadlineOutput out;
        private PrintWriter writer;

        LimitedResponse(HttpServletResponse response, Deadline deadline) {
            super(response);
            this.deadline = deadline;
        }

        /** Whether the answer was cut at the deadline. */
        boolean cut() {
            return out != null && out.cut();
        }

        /**
         * An error answer closes the connection: it may come before the request's body was read,
         * and the server then closes the connection under a client that would send its next
         * request on it.
         */
        @Override
        public void setStatus(int sc) {
            closeOnError(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            closeOnError(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            closeOnError(sc);
            super.sendError(sc, msg);
        }

        private void closeOnError(int sc) {
            if (sc >= HttpServletResponse.SC_BAD_REQUEST && !isCommitted()) {
                setHeader("Connection", "close");
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new DeadlineOutput(super.getOutputStream(), deadline, this::isCommitted);
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
