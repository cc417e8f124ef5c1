package org.exchangeatlas.infer;

import static org.exchangeatlas.model.AtlasNodes.iri;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.ReifiedStatements;

/**
 * Reads, from the union of the stated graphs (every named graph but the vocabulary and inferred
 * graphs: the documents' graphs), the programs that name a target group, with the claims that
 * state each group (those whose graph asserts the fact: a claim a revision superseded is not a
 * basis), the programs' years and the countries they list. Call inside a transaction.
 */
final class StatedTargets {
    private static final Pattern YEAR_DIGITS = Pattern.compile("^-?\\d{4,}");

    private final DatasetGraph dsg;

    private StatedTargets(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The programs with a stated target group, in IRI order. */
    static List<TargetedProgram> read(DatasetGraph dsg) {
        return new StatedTargets(dsg).programs();
    }

    /** Whether {@code graph} holds what sources state (not the vocabulary, not inferences). */
    static boolean isStated(Node graph) {
        return graph.isURI() && !Quad.isDefaultGraph(graph) && !Quad.isUnionGraph(graph)
                && !graph.getURI().equals(VOCABULARY_GRAPH) && !graph.getURI().equals(INFERRED_GRAPH);
    }

    private List<TargetedProgram> programs() {
        Map<String, Map<String, List<String>>> groups = new TreeMap<>();
        dsg.find(Node.ANY, Node.ANY, AtlasNodes.TARGET_GROUP, Node.ANY).forEachRemaining(q -> {
            if (isStated(q.getGraph()) && q.getSubject().isURI() && q.getObject().isURI()) {
                groups.computeIfAbsent(q.getSubject().getURI(), k -> new TreeMap<>())
                        .computeIfAbsent(q.getObject().getURI(), k -> new ArrayList<>());
            }
        });
        for (ReifiedStatements.Described claim : ReifiedStatements.withPredicate(dsg, AtlasNodes.TARGET_GROUP)) {
            Triple t = claim.statement();
            if (isStated(claim.graph()) && claim.node().isURI() && t.getSubject().isURI() && t.getObject().isURI()
                    && dsg.contains(claim.graph(), t.getSubject(), t.getPredicate(), t.getObject())) {
                Map<String, List<String>> g = groups.get(t.getSubject().getURI());
                if (g != null && g.containsKey(t.getObject().getURI())) {
                    g.get(t.getObject().getURI()).add(claim.node().getURI());
                }
            }
        }
        List<TargetedProgram> out = new ArrayList<>();
        groups.forEach((program, claims) -> out.add(new TargetedProgram(program, claims,
                years(program), countries(program))));
        return out;
    }

    private Set<Integer> years(String program) {
        Set<Integer> years = new HashSet<>();
        stated(program, YEAR).forEach(n -> {
            if (n.isLiteral()) {
                Matcher m = YEAR_DIGITS.matcher(n.getLiteralLexicalForm().strip());
                if (m.find()) {
                    years.add(Integer.parseInt(m.group()));
                }
            }
        });
        return years;
    }

    private Set<String> countries(String program) {
        Set<String> countries = new HashSet<>();
        stated(program, TARGET_COUNTRY).forEach(n -> {
            if (n.isURI()) {
                countries.add(n.getURI());
            }
        });
        return countries;
    }

    private List<Node> stated(String subject, String predicate) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, iri(subject), iri(predicate), Node.ANY).forEachRemaining(q -> {
            if (isStated(q.getGraph())) {
                out.add(q.getObject());
            }
        });
        return out;
    }

}
