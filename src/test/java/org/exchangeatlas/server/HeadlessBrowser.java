package org.exchangeatlas.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver: open a page,
 * evaluate JavaScript, move and click the mouse at page coordinates (W3C actions), type, and take
 * full-page screenshots. Both programs are named explicitly, so Selenium Manager never looks for
 * (or downloads) a driver or a browser; the driver listens on the loopback address only.
 */
final class HeadlessBrowser implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration STEP = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> errors = new ArrayList<>();

    private HeadlessBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Whether both Chromium and its driver are installed (Debian's {@code chromium} and {@code chromium-driver}). */
    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** Starts Chromium with a viewport of {@code width} × {@code height} CSS pixels. */
    static HeadlessBrowser start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        HeadlessBrowser browser = new HeadlessBrowser(new ChromeDriver(service, options));
        browser.driver.manage().timeouts().scriptTimeout(STEP).pageLoadTimeout(STEP);
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    /** Runs {@code source} in every page opened from now on, before the page's own scripts. */
    void runOnEveryPage(String source) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    /** Evaluates {@code expression} in the page (awaiting a promise) and returns its value as JSON. */
    JsonNode eval(String expression) {
        Object value = ((JavascriptExecutor) driver).executeScript("return (" + expression + ");");
        return value == null ? NullNode.getInstance() : json.valueToTree(value);
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
        throw new AssertionError("timed out waiting for " + what + " (" + condition + ") on " + driver.getCurrentUrl());
    }

    /** Opens {@code url} and waits for the page's load to complete. */
    void open(URI url) throws InterruptedException {
        driver.get(url.toString());
        waitFor("location.href === " + json.valueToTree(url.toString()) + " && document.readyState === 'complete'",
                STEP, "the page " + url);
    }

    /** Moves the mouse to viewport coordinates (CSS pixels). */
    void moveMouse(double x, double y) {
        new Actions(driver).moveToLocation((int) Math.round(x), (int) Math.round(y)).perform();
    }

    /** A left click with real mouse events at viewport coordinates (CSS pixels). */
    void click(double x, double y) {
        new Actions(driver).moveToLocation((int) Math.round(x), (int) Math.round(y)).click().perform();
    }

    /**
     * Scrolls the element matched by {@code selector} into view and clicks the centre of its first
     * box (a link that wraps has one box per line, and the centre of their union may be blank).
     */
    void clickElement(String selector) {
        JsonNode box = eval("(() => { const e = document.querySelector(" + json.valueToTree(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0];"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        if (box.isNull()) {
            throw new AssertionError("no element " + selector + " on " + driver.getCurrentUrl());
        }
        click(box.get("x").asDouble(), box.get("y").asDouble());
    }

    /** Types {@code text} into the element matched by {@code selector}. */
    void type(String selector, String text) {
        WebElement e = driver.findElement(By.cssSelector(selector));
        e.sendKeys(text);
    }

    /** Writes a PNG of the whole page (beyond the viewport, at most 6,000 pixels high) to {@code file}. */
    void screenshot(Path file) throws IOException {
        JsonNode size = json.valueToTree(driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())).path("cssContentSize");
        double width = Math.ceil(size.path("width").asDouble());
        double height = Math.min(Math.ceil(size.path("height").asDouble()), 6000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * What the pages' scripts threw, or logged as errors, since the browser started: the browser's
     * log at level SEVERE, less the resources that failed to load (a missing favicon is no script error).
     */
    List<String> scriptErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains("Failed to load resource")) {
                errors.add(entry.getMessage());
            }
        }
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
