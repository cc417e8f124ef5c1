package org.exchangeatlas.server.guard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The guards' refusals: a status and one line of plain text, the reason, as Fuseki answers its own
 * errors. A refusal is sent before the request's body is read, so the connection is closed after it
 * ({@code Connection: close}): a client that kept it for its next request would find it closed
 * under it by the server, which will not read the rest of a refused body.
 */
final class PlainErrors {
    private PlainErrors() {}

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
