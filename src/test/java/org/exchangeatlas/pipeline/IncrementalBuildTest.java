package org.exchangeatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds on a TDB2 store: a rebuild of an unchanged corpus reads no file; a changed
 * file is read again and replaces its old document; {@code --prune} removes exactly the facts of
 * the files that are gone.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private static String notice(String country, String topic, int year) {
        return year + "年" + country + "政府官员" + topic + "研修班\n\n一、主办单位：商务部\n二、项目时间：" + year
                + "年6月7日至6月20日\n三、参训国家：" + country + "\n四、课程内容：" + topic + "\n";
    }

    private Path corpus() throws Exception {
        Path dir = tmp.resolve("corpus");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), notice("老挝", "减贫", 2021));
        Files.writeString(dir.resolve("b.txt"), notice("越南", "海关", 2021));
        Files.writeString(dir.resolve("c.txt"), notice("柬埔寨", "区块链", 2022));
        return dir;
    }

    private static BuildSummary build(Path store, BuildOptions options, Path... paths) throws Exception {
        try (AtlasStore s = AtlasStore.open(store)) {
            return Wiring.pipeline().run(List.of(paths), s, BuildListener.NONE, options);
        }
    }

    private static StoreCounts counts(Path store) throws Exception {
        try (AtlasStore s = AtlasStore.openExisting(store)) {
            return s.read(() -> StoreCounts.of(s.datasetGraph()));
        }
    }

    private static List<String> countries(Path store) throws Exception {
        try (AtlasStore s = AtlasStore.openExisting(store)) {
            return s.read(() -> {
                List<String> out = new ArrayList<>();
                String q = "SELECT ?c { GRAPH ?g { ?p <https://w3id.org/exchange-atlas/ontology#targetCountry> ?c } "
                        + "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/exchange-atlas/id/document/')) } ORDER BY ?c";
                try (QueryExecution qe = QueryExecution.create(q, s.dataset())) {
                    qe.execSelect().forEachRemaining(r -> out.add(r.getResource("c").getURI().replaceAll(".*/", "")));
                }
                return out;
            });
        }
    }

    @Test
    void aRebuildOfAnUnchangedCorpusReadsNoFile() throws Exception {
        Path dir = corpus();
        Path store = tmp.resolve("store");
        BuildSummary first = build(store, BuildOptions.DEFAULTS, dir);
        assertEquals(3, first.documents());
        StoreCounts before = counts(store);
        BuildSummary second = build(store, BuildOptions.DEFAULTS, dir);
        assertEquals(0, second.documents());
        assertEquals(3, second.unchanged());
        assertEquals(before, counts(store));
        BuildSummary forced = build(store, new BuildOptions(false, true), dir);
        assertEquals(3, forced.documents());
        assertEquals(before, counts(store));
    }

    @Test
    void aChangedFileIsReadAgainAndReplacesItsOldFacts() throws Exception {
        Path dir = corpus();
        Path store = tmp.resolve("store");
        build(store, BuildOptions.DEFAULTS, dir);
        Path b = dir.resolve("b.txt");
        Files.writeString(b, notice("泰国", "海关", 2021));
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 5000));
        BuildSummary again = build(store, BuildOptions.DEFAULTS, dir);
        assertEquals(1, again.documents());
        assertEquals(2, again.unchanged());
        assertEquals(List.of("KH", "LA", "TH"), countries(store));
        assertEquals(3, counts(store).documents());
    }

    @Test
    void pruneRemovesExactlyTheGoneFilesFacts() throws Exception {
        Path dir = corpus();
        Path store = tmp.resolve("store");
        build(store, BuildOptions.DEFAULTS, dir);
        Files.delete(dir.resolve("c.txt"));
        BuildSummary kept = build(store, BuildOptions.DEFAULTS, dir);
        assertEquals(0, kept.pruned());
        assertEquals(List.of("KH", "LA", "VN"), countries(store), "without --prune the document stays");
        BuildSummary pruned = build(store, new BuildOptions(true, false), dir);
        assertEquals(1, pruned.pruned());
        assertEquals(0, pruned.documents());
        assertEquals(List.of("LA", "VN"), countries(store));
        StoreCounts after = counts(store);
        assertEquals(2, after.documents());
        assertEquals(2, after.programs());
        assertTrue(after.claims() > 0);
    }
}
