package org.exchangeatlas.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.pipeline.BuildListener;
import org.exchangeatlas.pipeline.BuildOptions;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every document of a gold folder, built as {@code atlas eval} builds it, every claim's
 * passage is the document's text at {@code [oa:start, oa:end)}: what eval shows beside a wrong
 * fact is what the atlas cites.
 */
class ClaimPassagesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"eval/dev", "eval/heldout", "src/test/resources/eval-gold"})
    void everyClaimQuotesItsOffsets(String folder) throws Exception {
        List<Path> golds = GoldFiles.find(List.of(Path.of(folder)), new ArrayList<>());
        assumeTrue(!golds.isEmpty(), folder + " holds no gold file yet");
        List<Path> documents = new ArrayList<>();
        for (GoldFile g : new GoldFiles().read(List.of(Path.of(folder)))) {
            documents.add(g.document());
        }
        List<String> wrong = new ArrayList<>();
        int[] claims = {0};
        try (AtlasStore store = AtlasStore.open(dir.resolve("store"))) {
            Wiring.pipeline().run(documents, store, BuildListener.NONE, BuildOptions.DEFAULTS);
            store.read(() -> {
                try (QueryExecution q = QueryExecution.dataset(store.dataset()).query("""
                        PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
                        PREFIX oa: <http://www.w3.org/ns/oa#>
                        SELECT ?path ?text ?start ?end ?exact WHERE { GRAPH ?g {
                          ?d atlas:sourcePath ?path ; atlas:text ?text .
                          ?c a atlas:Claim ; oa:hasSelector ?s .
                          ?s oa:start ?start ; oa:end ?end ; oa:exact ?exact } }""").build()) {
                    q.execSelect().forEachRemaining(row -> {
                        claims[0]++;
                        check(row, wrong);
                    });
                }
                return null;
            });
        }
        assertTrue(claims[0] > 0, folder + ": no claims");
        assertEquals(List.of(), wrong);
    }

    private static void check(QuerySolution row, List<String> wrong) {
        String text = row.getLiteral("text").getString();
        int start = row.getLiteral("start").getInt();
        int end = row.getLiteral("end").getInt();
        String exact = row.getLiteral("exact").getString();
        String cited = end <= text.length() && start <= end ? text.substring(start, end) : "(out of the text)";
        if (!cited.equals(exact)) {
            wrong.add(row.getLiteral("path").getString() + " @" + start + "-" + end + ": \"" + exact
                    + "\" but the text has \"" + cited + "\"");
        }
    }
}
