package org.exchangeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts read from TDB2's quad indexes as node ids ({@link IndexCounts}, used by
 * {@link StoreCounts} and {@link StoreSize}) must equal those counted through {@code find} on an
 * in-memory copy of the same quads.
 */
class IndexCountsTest {
    @TempDir
    Path tmp;

    /** 120,000 quads over 47 graphs, with repeats, numbers and language tags. */
    private static List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        Node type = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node program = uri("https://w3id.org/exchange-atlas/ontology#Program");
        for (int i = 0; i < 120_000; i++) {
            Node g = uri("urn:g:" + (i % 47));
            Node s = uri("urn:s:" + (i % 9_000));
            if (i % 5 == 0) {
                out.add(Quad.create(g, s, type, program));
            } else if (i % 5 == 1) {
                out.add(Quad.create(g, s, uri("urn:p:n"), NodeFactory.createLiteralDT(Integer.toString(i % 777), XSDDatatype.XSDinteger)));
            } else if (i % 5 == 2) {
                out.add(Quad.create(g, s, uri("urn:p:label"), NodeFactory.createLiteralLang("标签 " + (i % 3_000), "zh")));
            } else {
                out.add(Quad.create(g, s, uri("urn:p:o" + (i % 7)), uri("urn:o:" + (i % 20_000))));
            }
        }
        return out;
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    @Test
    void countsFromTheIndexesEqualCountsFromFind() throws Exception {
        List<Quad> quads = quads();
        try (AtlasStore store = AtlasStore.open(tmp.resolve("store"))) {
            store.write(dsg -> quads.forEach(dsg::add));
            DatasetGraph memory = DatasetGraphFactory.createTxnMem();
            quads.forEach(memory::add);

            StoreCounts fromIndexes = store.read(() -> StoreCounts.of(store.datasetGraph()));
            StoreCounts fromFind = StoreCounts.of(memory);
            assertEquals(fromFind, fromIndexes);
            assertEquals(47, fromIndexes.graphs());
            assertEquals(1_800, fromIndexes.programs(), "subjects typed a program: i % 5 == 0, so s % 5 == 0 of 9,000");
            assertEquals(new StoreSize(fromFind.triples(), fromFind.programs()),
                    store.read(() -> StoreSize.of(store.datasetGraph())));
            assertTrue(fromIndexes.triples() < fromIndexes.quads(), "the same triple in several graphs counts once");
        }
    }
}
