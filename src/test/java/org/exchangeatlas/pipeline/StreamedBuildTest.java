package org.exchangeatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.extract.DocumentKind;
import org.exchangeatlas.extract.Extractor;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.FileBudget;
import org.exchangeatlas.source.SourceFiles;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large documents are extracted while the writer writes their quads in batches: streamed, the
 * sample corpus gives the very store it gives gathered; a streamed document past its time adds
 * nothing and the rest lands; a folder that cannot be listed leaves out that folder only.
 */
class StreamedBuildTest {
    @TempDir
    Path tmp;

    private static boolean holdsPath(AtlasStore store, String sourcePath) {
        return store.read(() -> store.datasetGraph().contains(Node.ANY, Node.ANY,
                NodeFactory.createURI(AtlasTerms.SOURCE_PATH), NodeFactory.createLiteralString(sourcePath)));
    }

    @Test
    void everyDocumentStreamedGivesTheSameStoreAsGathered() throws Exception {
        List<Path> samples = List.of(Path.of("samples"));
        BuiltStore gathered = BuiltStore.of(tmp.resolve("gathered"), Wiring.builder(InferenceSettings.DEFAULTS).build(),
                samples, BuildOptions.DEFAULTS);
        BuiltStore streamed = BuiltStore.of(tmp.resolve("streamed"),
                Wiring.builder(InferenceSettings.DEFAULTS).streamAbove(0).build(), samples, BuildOptions.DEFAULTS);
        assertTrue(gathered.quads() > 10_000, "the samples give a real store: " + gathered.quads());
        assertEquals(gathered.quads(), streamed.quads());
        assertEquals(gathered.digest(), streamed.digest());
        assertEquals(gathered.summary().documents(), streamed.summary().documents());
        assertEquals(gathered.summary().skipped(), streamed.summary().skipped());
        assertEquals(gathered.summary().notUnderstood(), streamed.summary().notUnderstood());
    }

    /** Works long over one table: a problem after every 50 ms of its thread's CPU time, 100 times. */
    private static final class Slow implements Extractor {
        @Override
        public boolean accepts(Document document) {
            return document.sourcePath().endsWith("programs.csv");
        }

        @Override
        public void extract(Document document, RecordSink sink) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < 100; i++) {
                long until = threads.getCurrentThreadCpuTime() + 50_000_000L;
                long spun = 0;
                while (threads.getCurrentThreadCpuTime() < until) {
                    spun++;
                }
                sink.problem(new Problem("slow " + i + " after " + spun, null));
            }
        }
    }

    @Test
    void aStreamedDocumentPastItsTimeAddsNothingAndTheRestLands() throws Exception {
        Pipeline pipeline = Wiring.builder(InferenceSettings.DEFAULTS).streamAbove(0).extractor(new DocumentKind("slow", "any table, read slowly"), new Slow()).build();
        try (AtlasStore store = AtlasStore.open(tmp.resolve("store"))) {
            BuildSummary s = pipeline.run(List.of(Path.of("samples/coded")), store, BuildListener.NONE,
                    new BuildOptions(false, false, FileBudget.of(2, 200)));
            assertEquals(List.of(new Skipped("samples/coded/programs.csv", "took longer than 2 s, the time limit for one file"
                    + " (--file-time-limit)")), s.skipped().stream().filter(k -> k.sourcePath().endsWith("programs.csv")).toList());
            assertFalse(holdsPath(store, "samples/coded/programs.csv"), "nothing of the table past its time landed");
            assertTrue(holdsPath(store, "samples/coded/trainings.json"), "the other tables landed");
            assertTrue(s.documents() >= 2, "documents: " + s.documents());
        }
    }

    @Test
    void aFolderThatCannotBeListedLeavesOutThatFolderOnly() throws Exception {
        Path coded = Path.of("samples/coded");
        SourceFiles denying = new SourceFiles(folder -> {
            if (folder.equals(coded)) {
                throw new AccessDeniedException(folder.toString());
            }
            return SourceFiles.Lister.FILE_SYSTEM.list(folder);
        });
        Pipeline pipeline = Wiring.builder(InferenceSettings.DEFAULTS).sourceFiles(denying).build();
        try (AtlasStore store = AtlasStore.open(tmp.resolve("store"))) {
            BuildSummary s = pipeline.run(List.of(Path.of("samples/notices"), coded), store, BuildListener.NONE);
            assertEquals(List.of(new Skipped("samples/coded", "cannot list folder (permission denied); its files are not read")),
                    s.skipped());
            assertTrue(s.documents() > 5, "the notices landed: " + s.documents());
            assertTrue(holdsPath(store, "samples/notices/2016-sco-customs.txt"));
            assertFalse(holdsPath(store, "samples/coded/programs.csv"));
        }
    }
}
