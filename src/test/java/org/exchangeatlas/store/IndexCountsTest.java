package org.exchangeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QuadWriter} writes TDB2's indexes itself, batch by batch: what it leaves must be what
 * {@code dsg.add} leaves (every index: finds by any pattern see the quads), an aborted
 * transaction must leave nothing, and the counts read from the indexes ({@link StoreCounts},
 * {@link StoreSize}) must equal those counted through {@code find} on an in-memory copy.
 */
class QuadWriterTest {
    @TempDir
    Path tmp;

    /** 120,000 quads (more than one batch) over 47 graphs, with repeats, numbers and language tags. */
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

    private static Set<String> lines(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        Set<String> out = new TreeSet<>();
        dsg.find(g, s, p, o).forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
        return out;
    }

    @Test
    void leavesWhatAddLeavesAndCountsAgree() throws Exception {
        List<Quad> quads = quads();
        try (AtlasStore batched = AtlasStore.open(tmp.resolve("batched"));
             AtlasStore plain = AtlasStore.open(tmp.resolve("plain"))) {
            batched.write(dsg -> {
                dsg.add(quads.get(3)); // already there before the writer comes: added again, kept once
                QuadWriter w = QuadWriter.into(dsg);
                quads.forEach(w::add);
                w.flush();
                assertEquals(quads.size(), w.added());
            });
            plain.write(dsg -> quads.forEach(dsg::add));
            DatasetGraph memory = DatasetGraphFactory.createTxnMem();
            quads.forEach(memory::add);

            Node g7 = uri("urn:g:7");
            Node s42 = uri("urn:s:42");
            Node label = uri("urn:p:label");
            Node o8 = uri("urn:o:8");
            for (Node[] pattern : new Node[][] {{Node.ANY, Node.ANY, Node.ANY, Node.ANY}, {g7, Node.ANY, Node.ANY, Node.ANY},
                    {Node.ANY, s42, Node.ANY, Node.ANY}, {Node.ANY, Node.ANY, label, Node.ANY},
                    {Node.ANY, Node.ANY, Node.ANY, o8}, {g7, Node.ANY, label, Node.ANY}}) {
                Set<String> expected = lines(memory, pattern[0], pattern[1], pattern[2], pattern[3]);
                assertTrue(!expected.isEmpty(), "the pattern finds quads");
                assertEquals(expected, batched.read(() -> lines(batched.datasetGraph(), pattern[0], pattern[1], pattern[2], pattern[3])));
                assertEquals(expected, plain.read(() -> lines(plain.datasetGraph(), pattern[0], pattern[1], pattern[2], pattern[3])));
            }

            StoreCounts fromIndexes = batched.read(() -> StoreCounts.of(batched.datasetGraph()));
            StoreCounts fromFind = StoreCounts.of(memory);
            assertEquals(fromFind, fromIndexes);
            assertEquals(47, fromIndexes.graphs());
            assertEquals(1_800, fromIndexes.programs(), "subjects typed a program: i % 5 == 0, so s % 5 == 0 of 9,000");
            assertEquals(new StoreSize(fromFind.triples(), fromFind.programs()),
                    batched.read(() -> StoreSize.of(batched.datasetGraph())));
            assertTrue(fromIndexes.triples() < fromIndexes.quads(), "the same triple in several graphs counts once");
        }
    }

    @Test
    void anAbortedTransactionLeavesNothing() throws Exception {
        List<Quad> quads = quads();
        try (AtlasStore store = AtlasStore.open(tmp.resolve("aborted"))) {
            assertThrows(IllegalStateException.class, () -> store.write(dsg -> {
                QuadWriter w = QuadWriter.into(dsg);
                quads.forEach(w::add);
                w.flush();
                throw new IllegalStateException("the build failed after writing");
            }));
            assertEquals(0L, (long) store.read(() -> StoreCounts.of(store.datasetGraph()).quads()));
        }
    }
}
