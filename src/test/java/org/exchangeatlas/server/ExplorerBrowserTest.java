package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer in headless Chromium over {@code samples/} built into a store: the page loads, a
 * click on the body × country cell with the most programs lists exactly the programs the store
 * has for that pair, a click on a program opens its page with every passage its claims quote, a
 * click on a passage opens the document with that passage marked; a filter and the search work;
 * the SPARQL editor runs a shipped query. Screenshots go to {@code ${atlas.build.dir}/screenshots/}.
 * Skipped only where Debian's Chromium and its driver ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}) are not installed ({@code .ci/run} installs them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserTest {
    static final String ID = "https://w3id.org/exchange-atlas/id/";
    static final String PREFIXES = """
            PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
            PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf:   <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX oa:    <http://www.w3.org/ns/oa#>
            """;
    static final Duration LOAD = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static AtlasStore store;
    static AtlasServer server;
    static HeadlessBrowser browser;
    static Path shots;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessBrowser.installed(), "Debian's chromium and chromium-driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver)");
        Path storeDir = dir.resolve("store");
        SmallAtlas.build(1, storeDir, Path.of("samples"));
        store = AtlasStore.openExisting(storeDir);
        server = AtlasServer.start(store, ServerSettings.defaults().withPort(SmallAtlas.freePort()));
        browser = HeadlessBrowser.start(1400, 1000);
        Path testClasses = Path.of(ExplorerBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        shots = testClasses.getParent().resolve("screenshots");
    }

    @AfterAll
    static void stop() throws Exception {
        SmallAtlas.closeAll(browser, server, store);
    }

    static List<QuerySolution> select(String query) {
        return selectRaw(PREFIXES + query);
    }

    static List<QuerySolution> selectRaw(String query) {
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    static String english(String iri) {
        return select("SELECT ?l WHERE { <" + iri + "> skos:prefLabel ?l FILTER(lang(?l) = 'en') }").get(0)
                .getLiteral("l").getString();
    }

    static URI at(String path) {
        return server.url().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    static String js(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    @Order(1)
    void clickACellOpenAProgramAndSeeItsQuotedPassage() throws Exception {
        browser.open(at("/"));
        browser.waitFor("window.atlasExplorer && (atlasExplorer.ready || atlasExplorer.error)", LOAD, "the explorer's data");
        assertEquals("", browser.eval("atlasExplorer.error || ''").asText());
        Thread.sleep(1500); // the network's force layout settles
        browser.screenshot(shots.resolve("explorer.png"));

        // The cell with the most programs (stated and inferred), the first such in the matrix's order.
        JsonNode cell = browser.eval("(() => { const cells = atlasExplorer.state.matrix.cells;"
                + " const best = cells.reduce((a, c) => (c.value[2] > a.value[2] ? c : a), cells[0]);"
                + " return {body: best.body, country: best.country, total: best.value[2], stated: best.value[3]}; })()");
        String body = cell.get("body").asText();
        String country = cell.get("country").asText();
        List<QuerySolution> pairs = select("SELECT ?p (SUM(IF(?stated, 1, 0)) AS ?s) WHERE { ?p a atlas:Program ;"
                + " atlas:organizer <" + body + "> ; atlas:targetCountry <" + country + "> ."
                + " BIND(EXISTS { GRAPH ?g { ?p atlas:targetCountry <" + country + "> }"
                + " FILTER(?g != <https://w3id.org/exchange-atlas/graph/inferred>) } AS ?stated) } GROUP BY ?p");
        long statedInStore = pairs.stream().filter(r -> r.getLiteral("s").getInt() > 0).count();
        assertEquals(pairs.size(), cell.get("total").asInt(), "the cell counts the store's programs for the pair");
        assertEquals(statedInStore, cell.get("stated").asLong());

        JsonNode pixel = browser.eval("atlasExplorer.cellPixel(" + js(body) + ", " + js(country) + ")");
        browser.click(pixel.get("x").asDouble(), pixel.get("y").asDouble());
        browser.waitFor("!document.getElementById('selection').classList.contains('hidden')", LOAD, "the cell's program list");
        assertEquals(english(body) + " × " + english(country) + ": " + pairs.size() + " program" + (pairs.size() == 1 ? "" : "s"),
                browser.eval("document.getElementById('selection-title').textContent").asText());
        TreeSet<String> listed = new TreeSet<>();
        browser.eval("[...document.querySelectorAll('#selection li a.program')].map(a => a.getAttribute('href'))")
                .forEach(h -> listed.add(h.asText()));
        TreeSet<String> expected = new TreeSet<>();
        pairs.forEach(r -> expected.add("/id/" + r.getResource("p").getURI().substring(ID.length())));
        assertEquals(expected, listed);
        assertEquals(statedInStore, browser.eval("document.querySelectorAll('#selection .badge.stated').length").asLong());
        browser.screenshot(shots.resolve("explorer-cell.png"));

        String href = browser.eval("document.querySelector('#selection li a.program').getAttribute('href')").asText();
        browser.clickElement("#selection li a.program");
        browser.waitFor("location.pathname === " + js(href) + " && document.readyState === 'complete'", LOAD, "the program page");
        String program = ID + href.substring("/id/".length());
        TreeSet<String> quotes = new TreeSet<>();
        browser.eval("[...document.querySelectorAll('q.quote')].map(q => q.textContent)").forEach(q -> quotes.add(q.asText()));
        TreeSet<String> exacts = new TreeSet<>();
        select("SELECT ?x WHERE { ?c a atlas:Claim ; rdf:subject <" + program + "> ; oa:hasSelector/oa:exact ?x }")
                .forEach(r -> exacts.add(r.getLiteral("x").getString()));
        assertFalse(exacts.isEmpty());
        assertEquals(exacts, quotes, "the program page quotes every passage its claims cite");
        assertTrue(browser.eval("document.body.innerText").asText().contains(english(program)));
        browser.screenshot(shots.resolve("program.png"));

        String quote = browser.eval("document.querySelector('q.quote').textContent").asText();
        String source = browser.eval("document.querySelector('a.source').getAttribute('href')").asText();
        browser.clickElement("a.source");
        browser.waitFor("location.pathname + location.hash === " + js(source) + " && document.getElementById('passage')",
                LOAD, "the document with its passage marked");
        assertEquals(quote, browser.eval("document.getElementById('passage').textContent").asText());
        browser.screenshot(shots.resolve("document.png"));
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    @Order(2)
    void aYearFilterAndTheSearchNarrowTheExplorer() throws Exception {
        browser.open(at("/"));
        browser.waitFor("window.atlasExplorer && atlasExplorer.ready", LOAD, "the explorer's data");
        long all = select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a atlas:Program }").get(0).getLiteral("n").getLong();
        long of2022 = select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a atlas:Program ; atlas:year ?y"
                + " FILTER(STR(?y) = '2022') }").get(0).getLiteral("n").getLong();
        browser.eval("(() => { const s = document.getElementById('f-year'); s.value = '2022';"
                + " s.dispatchEvent(new Event('change')); })()");
        browser.waitFor("document.getElementById('summary').textContent.startsWith('" + of2022 + " of " + all + " programs')",
                LOAD, "the year filter");
        browser.clickElement("#search");
        browser.type("#search", "哈萨克斯坦");
        browser.waitFor("document.querySelector('#matches a[href=\"/id/country/KZ\"]')", LOAD, "Kazakhstan among the matches");
        browser.screenshot(shots.resolve("explorer-filtered.png"));
        assertEquals(List.of(), browser.scriptErrors());
    }

    @Test
    @Order(3)
    void theSparqlEditorRunsAShippedQuery() throws Exception {
        browser.open(at("/query?q=02-who-trains-kazakhstan.rq"));
        browser.waitFor("document.getElementById('results').dataset.done", LOAD, "the query's results");
        assertEquals("true", browser.eval("document.getElementById('results').dataset.done").asText());
        int rows = selectRaw(Files.readString(Path.of("queries/02-who-trains-kazakhstan.rq"))).size();
        assertTrue(rows > 0);
        assertEquals(rows, browser.eval("document.querySelectorAll('#results tbody tr').length").asInt());
        browser.screenshot(shots.resolve("query.png"));

        browser.open(at("/.well-known/void"));
        assertTrue(browser.eval("document.body.innerText").asText().contains("void:sparqlEndpoint"));
        browser.screenshot(shots.resolve("dataset.png"));
        assertEquals(List.of(), browser.scriptErrors());
    }
}
