package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.generate.CorpusGenerator;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas compact}: a store grown by several {@code --reread} builds shrinks (its files'
 * lengths, as the command reports them), says by how much, and answers the same query with the
 * same rows after.
 */
class CompactCommandTest {
    private static final String CLAIMS = "PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>\n"
            + "SELECT ?p ?o ?start WHERE { ?c a atlas:Claim ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ;"
            + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o ; <http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#start> ?start }"
            + " ORDER BY ?p ?o ?start";

    @TempDir
    Path tmp;

    @Test
    void aStoreGrownByRereadsShrinksAndAnswersTheSame() throws Exception {
        // enough documents that the rereads outgrow the room TDB2 sets aside in its files at the start
        String corpus = tmp.resolve("corpus").toString();
        new CorpusGenerator(Vocabulary.from(OntologyFiles.onClassPath().vocabulary())).generate(200, 5, Path.of(corpus));
        String store = tmp.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, corpus).code());
        long once = AtlasStore.bytesOnDisk(Path.of(store));
        for (int i = 0; i < 2; i++) {
            assertEquals(0, Cli.run("build", "--store", store, "--reread", corpus).code());
        }
        long grown = AtlasStore.bytesOnDisk(Path.of(store));
        assertTrue(grown > once, "rereads grow the store: " + once + " -> " + grown);
        Cli.Result rowsBefore = Cli.run("query", "--store", store, "--format", "csv", CLAIMS);
        assertTrue(rowsBefore.out().lines().count() > 50, rowsBefore::toString);

        Cli.Result r = Cli.run("compact", "--store", store);
        assertEquals(0, r.code(), r::toString);
        Matcher m = Pattern.compile("Compacted " + Pattern.quote(store) + ": ([\\d.]+) MB before, ([\\d.]+) MB after\\n")
                .matcher(r.out());
        assertTrue(m.matches(), r::toString);
        assertEquals(grown / 1_000_000.0, Double.parseDouble(m.group(1)), 0.05);
        long after = AtlasStore.bytesOnDisk(Path.of(store));
        assertEquals(after / 1_000_000.0, Double.parseDouble(m.group(2)), 0.05);
        assertTrue(after < grown, "compaction shrinks the store: " + grown + " -> " + after);

        Cli.Result rowsAfter = Cli.run("query", "--store", store, "--format", "csv", CLAIMS);
        assertEquals(rowsBefore.out(), rowsAfter.out());
    }
}
