package org.exchangeatlas.push;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.model.Digests;
import org.exchangeatlas.store.AtlasStore;

/**
 * Sends every named graph of a store to a Graph Store Protocol endpoint, skipping those whose
 * content the endpoint already got. What was pushed where is kept in the store itself, in the
 * graph {@link #PUSHES_GRAPH} (never pushed): one record per endpoint and graph with the SHA-256
 * of the graph's sorted N-Triples at the last successful push.
 */
public final class Pusher {
    /** The graph that remembers what was pushed. */
    public static final String PUSHES_GRAPH = AtlasTerms.GRAPH + "pushes";
    private static final String NS = "https://w3id.org/exchange-atlas/push#";
    private static final Node ENDPOINT = NodeFactory.createURI(NS + "endpoint");
    private static final Node GRAPH = NodeFactory.createURI(NS + "graph");
    private static final Node DIGEST = NodeFactory.createURI(NS + "digest");

    private final AtlasStore store;

    public Pusher(AtlasStore store) {
        this.store = store;
    }

    /**
     * Pushes the changed graphs to {@code endpointUrl} through {@code client}, one graph in memory
     * at a time; each graph sent is remembered at once, so a push that fails midway resumes.
     */
    public PushReport push(String endpointUrl, GraphStoreClient client) throws PushException {
        List<String> sent = new ArrayList<>();
        int unchanged = 0;
        long triples = 0;
        for (String graph : store.read(this::graphNames)) {
            Node record = recordOf(endpointUrl, graph);
            Payload p = store.read(() -> payload(graph));
            if (p.digest().equals(store.read(() -> lastDigest(record)).orElse(""))) {
                unchanged++;
                continue;
            }
            client.put(graph, p.ntriples());
            store.write(ds -> remember(ds, record, endpointUrl, graph, p.digest()));
            sent.add(graph);
            triples += p.triples();
        }
        return new PushReport(sent, unchanged, triples);
    }

    private record Payload(byte[] ntriples, String digest, long triples) {}

    /** The named graphs to push, sorted; the record of pushes is not one of them. */
    private List<String> graphNames() {
        List<String> names = new ArrayList<>();
        Iterator<Node> it = store.datasetGraph().listGraphNodes();
        while (it.hasNext()) {
            Node name = it.next();
            if (name.isURI() && !name.getURI().equals(PUSHES_GRAPH)) {
                names.add(name.getURI());
            }
        }
        names.sort(null);
        return names;
    }

    /** The graph as sorted N-Triples, so that equal content has an equal digest. */
    private Payload payload(String name) {
        Graph g = store.datasetGraph().getGraph(NodeFactory.createURI(name));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, g, Lang.NTRIPLES);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        byte[] sorted = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return new Payload(sorted, Digests.sha256(sorted), g.size());
    }

    private static Node recordOf(String endpoint, String graph) {
        return NodeFactory.createURI(PUSHES_GRAPH + "/" + Digests.sha256((endpoint + "\n" + graph)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private Optional<String> lastDigest(Node record) {
        Iterator<Quad> q = store.datasetGraph().find(NodeFactory.createURI(PUSHES_GRAPH), record, DIGEST, Node.ANY);
        return q.hasNext() ? Optional.of(q.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    private static void remember(DatasetGraph ds, Node record, String endpoint, String graph, String digest) {
        Node pushes = NodeFactory.createURI(PUSHES_GRAPH);
        ds.deleteAny(pushes, record, Node.ANY, Node.ANY);
        ds.add(pushes, record, ENDPOINT, NodeFactory.createLiteralString(endpoint));
        ds.add(pushes, record, GRAPH, NodeFactory.createURI(graph));
        ds.add(pushes, record, DIGEST, NodeFactory.createLiteralString(digest));
    }
}
