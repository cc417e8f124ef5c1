package org.exchangeatlas.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's Chromium, headless, driven through the Chrome DevTools Protocol over a WebSocket (the
 * JDK's client; no driver binary): navigate, evaluate JavaScript, click with real mouse events at
 * page coordinates, and take full-page screenshots. One fresh profile per instance, removed on
 * close.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration STEP = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium with a window of {@code width} × {@code height} CSS pixels and attaches to its page. */
    static HeadlessChromium start(int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("atlas-chromium");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + STEP.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
            String page = null;
            for (JsonNode t : targets) {
                if ("page".equals(t.path("type").asText())) {
                    page = t.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (page == null) {
                throw new IOException("chromium has no page target: " + targets);
            }
            HeadlessChromium[] self = new HeadlessChromium[1];
            StringBuilder partial = new StringBuilder();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        String message = partial.toString();
                        partial.setLength(0);
                        self[0].receive(message);
                    }
                    ws.request(1);
                    return null;
                }
            }).get(STEP.toSeconds(), TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(process, profile, socket);
            self[0].send("Page.enable", Map.of());
            self[0].send("Runtime.enable", Map.of());
            self[0].send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", false));
            return self[0];
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            SmallAtlas.deleteTree(profile);
            throw e;
        } catch (Exception e) {
            process.destroyForcibly();
            SmallAtlas.deleteTree(profile);
            throw new IOException("cannot attach to chromium: " + e.getMessage(), e);
        }
    }

    private void receive(String message) {
        try {
            JsonNode node = json.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
                if (f != null) {
                    f.complete(node);
                }
            } else if ("Runtime.exceptionThrown".equals(node.path("method").asText())) {
                JsonNode details = node.path("params").path("exceptionDetails");
                errors.add(details.path("exception").path("description").asText(details.path("text").asText()));
            } else if ("Runtime.consoleAPICalled".equals(node.path("method").asText())
                    && "error".equals(node.path("params").path("type").asText())) {
                errors.add(node.path("params").path("args").toString());
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    /** Sends one DevTools command and returns its {@code result}; a protocol error fails the test. */
    JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode command = json.createObjectNode().put("id", id).put("method", method);
        command.set("params", json.valueToTree(params));
        try {
            socket.sendText(json.writeValueAsString(command), true).get(STEP.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = reply.get(STEP.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new AssertionError(method + ": " + answer.get("error"));
            }
            return answer.path("result");
        } catch (Exception e) {
            throw new AssertionError(method + " failed: " + e, e);
        }
    }

    /** Evaluates {@code expression} in the page (awaiting a promise) and returns its value as JSON. */
    JsonNode eval(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("script failed: " + expression + "\n" + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until {@code condition} (JavaScript) is true; fails with {@code what} after {@code timeout}. */
    void waitFor(String condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (eval("Boolean(" + condition + ")").asBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what + " (" + condition + ") on "
                + eval("location.href").asText());
    }

    /** Opens {@code url} and waits for the page's load to complete. */
    void open(URI url) throws InterruptedException {
        send("Page.navigate", Map.of("url", url.toString()));
        waitFor("location.href === " + json.valueToTree(url.toString()) + " && document.readyState === 'complete'",
                STEP, "the page " + url);
    }

    /** A left click with real mouse events at viewport coordinates (CSS pixels). */
    void click(double x, double y) {
        send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    /**
     * Scrolls the element matched by {@code selector} into view and clicks the centre of its first
     * box (a link that wraps has one box per line, and the centre of their union may be blank).
     */
    void clickElement(String selector) {
        JsonNode box = eval("(() => { const e = document.querySelector(" + json.valueToTree(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0];"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        if (box.isNull() || box.isMissingNode()) {
            throw new AssertionError("no element " + selector + " on " + eval("location.href").asText());
        }
        click(box.get("x").asDouble(), box.get("y").asDouble());
    }

    /** Writes a PNG of the whole page (beyond the viewport) to {@code file}. */
    void screenshot(Path file) throws IOException {
        JsonNode metrics = send("Page.getLayoutMetrics", Map.of());
        JsonNode size = metrics.path("cssContentSize");
        double width = Math.ceil(size.path("width").asDouble());
        double height = Math.min(Math.ceil(size.path("height").asDouble()), 6000);
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** What the pages' scripts threw, or logged as errors, since the browser started. */
    List<String> scriptErrors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser may already be gone; the process is ended below either way
        }
        socket.abort();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        SmallAtlas.deleteTree(profile);
    }
}
