package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.exchangeatlas.server.ExplorerBrowserTest.LOAD;
import static org.exchangeatlas.server.ExplorerBrowserTest.js;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup in the data never runs in the pages. A Chinese notice whose organizer (主办单位) is
 * {@value #NOTICE_ORGANIZER} and a coded CSV row whose organizer and title carry other payloads are
 * built into a store and served; in headless Chromium, with {@code window.alert} hooked and
 * Content-Security-Policy violations recorded before any page script runs, the matrix and network
 * tooltips (hovered with the mouse; a network node under another is shown by ECharts' own hover
 * action, {@code showTip}), the list of a cell's programs, the SPARQL editor's results
 * and the program's own page show the payloads as text: no alert, no violation, no {@code img}
 * element made from them, and an IRI that is not http(s) is not a link.
 */
class XssBrowserTest {
    static final String NOTICE_ORGANIZER = "<img src=x onerror=alert(1)>";
    static final String TABLE_ORGANIZER = "<img src=x onerror=alert(2)>";
    static final String TABLE_TITLE = "<img src=x onerror=alert(3)> Seminar on Customs";
    /** The police notice of {@link SmallAtlas} (Kazakhstan, Uzbekistan) with the payload as its organizer. */
    static final String NOTICE = SmallAtlas.POLICE.replace("公安部", NOTICE_ORGANIZER);
    static final String KAZAKHSTAN = "https://w3id.org/exchange-atlas/id/country/KZ";
    static final String HOOKS = "window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));"
            + " window.__csp = []; document.addEventListener('securitypolicyviolation',"
            + " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    @TempDir
    static Path dir;
    static AtlasStore store;
    static AtlasServer server;
    static HeadlessBrowser browser;
    /** Organizer label to organizer IRI. */
    static Map<String, String> organizers;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessBrowser.installed(), "Debian's chromium and chromium-driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver)");
        Path notice = Files.writeString(dir.resolve("notice.txt"), NOTICE, StandardCharsets.UTF_8);
        Path table = Files.writeString(dir.resolve("programs.csv"), "title,year,organizer,countries,topics\n\""
                + TABLE_TITLE + "\",2023,\"" + TABLE_ORGANIZER + "\",KZ; UZ,customs administration\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("programs.mapping.json"), """
                {"title": "title", "year": "year", "organizer": "organizer",
                 "targetCountry": {"column": "countries", "split": ";"}, "topic": {"column": "topics", "split": ";"}}
                """, StandardCharsets.UTF_8);
        Path storeDir = dir.resolve("store");
        SmallAtlas.build(storeDir, notice, table);
        store = AtlasStore.openExisting(storeDir);
        organizers = new TreeMap<>();
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                    SELECT ?b ?l { ?p <https://w3id.org/exchange-atlas/ontology#organizer> ?b .
                                   ?b <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }""").build()) {
                qe.execSelect().forEachRemaining(r -> organizers.put(r.getLiteral("l").getString(), r.getResource("b").getURI()));
            }
            return null;
        });
        server = AtlasServer.start(store, ServerSettings.defaults().withPort(SmallAtlas.freePort()));
        browser = HeadlessBrowser.start(1400, 1000);
        browser.runOnEveryPage(HOOKS);
    }

    @AfterAll
    static void stop() throws Exception {
        SmallAtlas.closeAll(browser, server, store);
    }

    @BeforeEach
    void bothPayloadsAreOrganizers() {
        assertTrue(organizers.containsKey(NOTICE_ORGANIZER) && organizers.containsKey(TABLE_ORGANIZER), organizers::toString);
    }

    void openExplorer() throws InterruptedException {
        browser.open(server.url());
        browser.waitFor("window.atlasExplorer && (atlasExplorer.ready || atlasExplorer.error)", LOAD, "the explorer's data");
        assertEquals("", browser.eval("atlasExplorer.error || ''").asText());
    }

    /**
     * Moves the mouse to the pixel {@code pixelExpression} gives until the chart {@code id} shows a
     * tooltip containing {@code text}; false after {@code attempts} tries.
     */
    boolean hover(String id, String pixelExpression, String text, int attempts) throws InterruptedException {
        for (int i = 0; i < attempts; i++) {
            JsonNode pixel = browser.eval(pixelExpression);
            assertFalse(pixel.isNull() || pixel.isMissingNode(), pixelExpression);
            browser.moveMouse(pixel.get("x").asDouble(), pixel.get("y").asDouble());
            Thread.sleep(300);
            if (tooltipShows(id, text)) {
                return true;
            }
            browser.moveMouse(1, 1);
        }
        return false;
    }

    boolean tooltipShows(String id, String text) {
        return browser.eval("document.getElementById('" + id + "').innerText.includes(" + js(text) + ")").asBoolean();
    }

    String tooltip(String id) {
        return browser.eval("document.getElementById('" + id + "').innerText").asText();
    }

    void assertNothingRan() {
        assertEquals("[]", browser.eval("JSON.stringify(window.__alerts)").asText(), "alert was called");
        assertEquals("[]", browser.eval("JSON.stringify(window.__csp)").asText(), "the Content-Security-Policy was violated");
        assertEquals(0, browser.eval("document.querySelectorAll('img').length").asInt(), "an img element was made");
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    void matrixAndNetworkTooltipsShowThePayloadsAsText() throws Exception {
        openExplorer();
        for (String payload : List.of(NOTICE_ORGANIZER, TABLE_ORGANIZER)) {
            String body = organizers.get(payload);
            String text = payload + " × Kazakhstan";
            assertTrue(hover("matrix", "atlasExplorer.cellPixel(" + js(body) + ", " + js(KAZAKHSTAN) + ")", text, 20),
                    () -> "no tooltip with " + text + ": " + tooltip("matrix"));
            assertNothingRan();
        }
        Thread.sleep(2000); // the network's force layout settles
        for (String payload : List.of(NOTICE_ORGANIZER, TABLE_ORGANIZER)) {
            String iri = organizers.get(payload);
            String text = payload + ": ";
            // A node may lie under another (an organizer under the country it shares); then ECharts'
            // own hover action shows its tooltip, through the same formatter.
            if (!hover("network", "atlasExplorer.nodePixel(" + js(iri) + ")", text, 5)) {
                assertTrue(browser.eval("atlasExplorer.showNodeTip(" + js(iri) + ")").asBoolean());
                browser.waitFor("document.getElementById('network').innerText.includes(" + js(text) + ")", LOAD,
                        "the tooltip of " + text);
            }
            assertTrue(tooltipShows("network", text), () -> tooltip("network"));
            assertNothingRan();
        }
    }

    @Test
    void aCellsProgramListShowsTheTitleAsText() throws Exception {
        openExplorer();
        JsonNode pixel = browser.eval("atlasExplorer.cellPixel(" + js(organizers.get(TABLE_ORGANIZER)) + ", " + js(KAZAKHSTAN) + ")");
        browser.click(pixel.get("x").asDouble(), pixel.get("y").asDouble());
        browser.waitFor("!document.getElementById('selection').classList.contains('hidden')", LOAD, "the cell's program list");
        assertEquals(TABLE_ORGANIZER + " × Kazakhstan: 1 program",
                browser.eval("document.getElementById('selection-title').textContent").asText());
        assertEquals(TABLE_TITLE, browser.eval("document.querySelector('#selection li a.program').textContent").asText());
        assertNothingRan();

        browser.clickElement("#selection li a.program");
        browser.waitFor("location.pathname.startsWith('/id/program/') && document.readyState === 'complete'", LOAD,
                "the program page");
        assertEquals(TABLE_TITLE, browser.eval("document.querySelector('h1').textContent").asText());
        assertTrue(browser.eval("document.body.innerText").asText().contains(TABLE_ORGANIZER));
        assertNothingRan();
    }

    @Test
    void theSparqlEditorShowsLiteralsAsTextAndLinksOnlyHttpIris() throws Exception {
        browser.open(server.url().resolve("query"));
        browser.waitFor("window.atlasQuery && atlasQuery.ready", LOAD, "the SPARQL editor");
        String query = "SELECT ?name ?iri WHERE { VALUES (?name ?iri) { (" + js(NOTICE_ORGANIZER)
                + " <javascript:alert(4)>) (\"Kazakhstan\" <" + KAZAKHSTAN + ">) } }";
        browser.eval("document.getElementById('query').value = " + js(query));
        browser.eval("atlasQuery.run()");
        browser.waitFor("document.getElementById('results').dataset.done", LOAD, "the query's results");
        assertEquals("true", browser.eval("document.getElementById('results').dataset.done").asText());
        assertEquals(NOTICE_ORGANIZER, browser.eval("document.querySelector('#results tbody tr td').textContent").asText());
        assertEquals("[\"/id/country/KZ\"]",
                browser.eval("JSON.stringify([...document.querySelectorAll('#results a')].map(a => a.getAttribute('href')))").asText(),
                "only the http(s) IRI is a link");
        assertTrue(browser.eval("document.getElementById('results').innerText").asText().contains("javascript:alert(4)"));
        assertNothingRan();
    }
}
