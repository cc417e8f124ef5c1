package org.exchangeatlas.eval;

import static org.exchangeatlas.model.AtlasTerms.SOURCE_PATH;
import static org.exchangeatlas.model.AtlasTerms.VOCABULARY_GRAPH;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.model.Digests;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Scores gold files against a store where their documents were built:
 * <pre>
 * gold files -> GoldResolver (labels to keys, by the store's vocabulary graph)
 * store      -> each document's graph (by its file's SHA-256, else its source path)
 *            -> StatedFactsReader (its claims) -> Scorer (Pairing, then per field) -> EvalReport
 * </pre>
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * Scores {@code golds} against {@code store}.
     *
     * @throws EvalException a document that is not in the store, or a gold file that contradicts
     *         itself (one line each)
     */
    public static EvalReport score(AtlasStore store, List<GoldFile> golds) throws EvalException {
        return score(store, golds, Map.of());
    }

    /**
     * Scores {@code golds} against {@code store}, where the documents in {@code unread} (path to
     * reason) could not be read by the build: they state nothing, so their gold facts are missed.
     */
    public static EvalReport score(AtlasStore store, List<GoldFile> golds, Map<Path, String> unread)
            throws EvalException {
        List<String> problems = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        for (GoldFile g : golds) {
            try {
                shas.add(Digests.sha256(Files.readAllBytes(g.document())));
            } catch (IOException e) {
                problems.add(g.document() + ": cannot read: " + e.getMessage());
                shas.add("");
            }
        }
        EvalReport report = store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            Graph vocabulary = dsg.getGraph(NodeFactory.createURI(VOCABULARY_GRAPH));
            BodyParents parents = new BodyParents(vocabulary);
            GoldResolver resolver = new GoldResolver(new DictionaryMatcher(Vocabulary.from(
                    ModelFactory.createModelForGraph(vocabulary))));
            StatedFactsReader reader = new StatedFactsReader(dsg);
            List<ResolvedGold> resolved = new ArrayList<>();
            List<Judgement> judgements = new ArrayList<>();
            int extracted = 0;
            for (int i = 0; i < golds.size(); i++) {
                GoldFile g = golds.get(i);
                Optional<Node> graph = locate(dsg, g, shas.get(i));
                if (graph.isEmpty() && !unread.containsKey(g.document())) {
                    problems.add(g.document() + ": not in the store (neither its SHA-256 nor its path)");
                    continue;
                }
                try {
                    ResolvedGold r = resolver.resolve(g);
                    DocumentFacts facts = graph.isPresent() ? reader.read(graph.get())
                            : new DocumentFacts(Iris.document(shas.get(i)), List.of(), Map.of());
                    resolved.add(r);
                    extracted += facts.programs().size();
                    judgements.addAll(Scorer.judge(r, facts, parents));
                } catch (EvalException e) {
                    problems.addAll(e.problems());
                }
            }
            List<String> notRead = new ArrayList<>();
            unread.forEach((path, reason) -> notRead.add(path + ": " + reason));
            return EvalReport.of(resolved, extracted, judgements, notRead);
        });
        if (!problems.isEmpty()) {
            throw new EvalException(problems);
        }
        return report;
    }

    /** The graph of the document's bytes, else of the latest document read from its path. */
    private static Optional<Node> locate(DatasetGraph dsg, GoldFile gold, String sha) {
        Node bySha = NodeFactory.createURI(Iris.document(sha));
        if (!sha.isEmpty() && dsg.containsGraph(bySha)) {
            return Optional.of(bySha);
        }
        Node path = NodeFactory.createLiteralString(gold.document().toString().replace('\\', '/'));
        var it = dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(SOURCE_PATH), path);
        return it.hasNext() ? Optional.of(it.next().getGraph()) : Optional.empty();
    }
}
