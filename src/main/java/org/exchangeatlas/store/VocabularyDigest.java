package org.exchangeatlas.store;

import static org.exchangeatlas.model.AtlasTerms.NS;
import static org.exchangeatlas.model.AtlasTerms.VOCABULARY_GRAPH;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.model.Digests;

/**
 * A digest of the vocabularies a store's documents were read with. When the vocabularies change
 * (a new alias, a new body), documents read before may have been read differently, so an
 * incremental build reads every file again.
 */
public final class VocabularyDigest {
    private static final Node GRAPH = NodeFactory.createURI(VOCABULARY_GRAPH);
    private static final Node DIGEST = NodeFactory.createURI(NS + "vocabularyDigest");

    private VocabularyDigest() {}

    /** The digest of the model's triples (blank nodes aside), independent of their order. */
    public static String of(Model vocabulary) {
        List<String> lines = new ArrayList<>();
        vocabulary.getGraph().find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
                lines.add(NodeFmtLib.str(t));
            }
        });
        lines.sort(String::compareTo);
        return Digests.prefix(String.join("\n", lines), 16);
    }

    public static Optional<String> stored(DatasetGraph dsg) {
        var it = dsg.find(GRAPH, GRAPH, DIGEST, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    /** Records the digest; call after the vocabulary graph is replaced. */
    public static void store(DatasetGraph dsg, String digest) {
        dsg.deleteAny(GRAPH, GRAPH, DIGEST, Node.ANY);
        dsg.add(GRAPH, GRAPH, DIGEST, NodeFactory.createLiteralString(digest));
    }
}
