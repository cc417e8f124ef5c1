package org.exchangeatlas.store;

import static org.exchangeatlas.model.AtlasTerms.SOURCE_PATH;
import static org.exchangeatlas.model.AtlasTerms.VOCABULARY_GRAPH;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.source.Document;

/**
 * The store's side of ingest: writes, replaces and removes whole named graphs inside a build's
 * write transaction ({@link AtlasStore#write}), so that no other package edits the dataset quad
 * by quad. A document's graph is named by its SHA-256; a file read again under the same path
 * replaces the graph of its earlier version; the vocabulary graph is replaced whole.
 */
public final class DocumentGraphs {
    private static final Node SOURCE_PATH_NODE = NodeFactory.createURI(SOURCE_PATH);
    private static final Node VOCABULARY = NodeFactory.createURI(VOCABULARY_GRAPH);

    private final DatasetGraph dsg;

    /** Writes into {@code dsg}, which must be in a write transaction. */
    public DocumentGraphs(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The named graph of a document: {@code id/document/{sha256}}. */
    public static Node graphOf(Document doc) {
        return NodeFactory.createURI(Iris.document(doc.sha256()));
    }

    /** Writes a document's quads, gathered whole, in place of its graph and of its file's earlier versions. */
    public void replace(Document doc, List<Quad> quads) {
        removeEarlierVersions(doc);
        clear(doc);
        quads.forEach(dsg::add);
    }

    /** Empties a document's graph (before its quads are streamed in, or after a streamed read failed). */
    public void clear(Document doc) {
        remove(graphOf(doc));
    }

    /** Adds quads of a document being streamed in, a batch at a time. */
    public void add(List<Quad> batch) {
        batch.forEach(dsg::add);
    }

    /** Removes a named graph whole (a document whose file is gone). */
    public void remove(Node graph) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
    }

    /** A file that changed since the last build: the graphs of its earlier versions (same path, other bytes) go. */
    public void removeEarlierVersions(Document doc) {
        Node path = NodeFactory.createLiteralString(doc.sourcePath());
        Node current = graphOf(doc);
        List<Node> old = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, SOURCE_PATH_NODE, path).forEachRemaining(q -> {
            if (!q.getGraph().equals(current)) {
                old.add(q.getGraph());
            }
        });
        old.forEach(this::remove);
    }

    /** Records the stamp of the file behind a document's graph. */
    public void stamp(Document doc, FileStamps.Stamp stamp) {
        FileStamps.write(dsg, graphOf(doc), stamp);
    }

    /** Replaces the vocabulary graph with {@code vocabulary}'s triples and records their digest. */
    public void replaceVocabulary(Model vocabulary, String digest) {
        remove(VOCABULARY);
        for (Triple t : vocabulary.getGraph().find().toList()) {
            dsg.add(VOCABULARY, t.getSubject(), t.getPredicate(), t.getObject());
        }
        VocabularyDigest.store(dsg, digest);
    }
}
