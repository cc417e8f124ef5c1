package org.exchangeatlas.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.Claim;
import org.exchangeatlas.model.Claims;

/**
 * Reads what a document states from the claims in its graph ({@code rdf:subject},
 * {@code rdf:predicate}, {@code rdf:object} of each {@code atlas:Claim}), superseded claims
 * included: they are what the document says. A claim's subject is a program when it is typed
 * {@code atlas:Program} (or {@code atlas:ReportedProgram}); {@code atlas:engagedWith} facts have a
 * body as subject. Call within a read transaction.
 */
final class StatedFactsReader {
    private static final Node TYPE = AtlasNodes.RDF_TYPE;
    private static final Node PROGRAM_TYPE = AtlasNodes.PROGRAM;
    private static final Node REPORTED_TYPE = AtlasNodes.REPORTED_PROGRAM;
    private static final Node PREF_LABEL = AtlasNodes.SKOS_PREF_LABEL;

    private final DatasetGraph dsg;
    private final Map<Node, String> labels = new HashMap<>();

    StatedFactsReader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** One claim as read, before its fact is gathered with the other claims of the same fact. */
    private record ClaimRow(Field field, Node subject, Node object, int start, int end, String exact, Set<String> rules) {}

    DocumentFacts read(Node graph) {
        List<ClaimRow> rows = new ArrayList<>();
        Claims.in(dsg.getGraph(graph)).forEach(claim -> row(claim).ifPresent(rows::add));
        rows.sort(Comparator.comparingInt(ClaimRow::start).thenComparingInt(ClaimRow::end)
                .thenComparing(r -> r.field().ordinal()).thenComparing(r -> r.object().toString()));
        Map<Node, Map<Field, Map<String, Stated>>> programs = new LinkedHashMap<>();
        Map<String, Stated> engagements = new LinkedHashMap<>();
        for (ClaimRow r : rows) {
            if (r.field() == Field.ENGAGED_WITH) {
                if (!isProgram(r.subject())) {
                    String key = ValueKeys.engagement(r.subject().toString(), ValueKeys.of(r.field(), r.object()));
                    String shown = label(r.subject()) + " -> " + label(r.object());
                    merge(engagements, r, key, shown);
                }
            } else if (isProgram(r.subject())) {
                Map<String, Stated> values = programs.computeIfAbsent(r.subject(), k -> new EnumMap<>(Field.class))
                        .computeIfAbsent(r.field(), k -> new LinkedHashMap<>());
                merge(values, r, ValueKeys.of(r.field(), r.object()), label(r.object()));
            }
        }
        List<ExtractedProgram> out = new ArrayList<>();
        programs.forEach((iri, facts) -> {
            Map<String, Stated> titles = facts.getOrDefault(Field.TITLE, Map.of());
            String shown = titles.isEmpty() ? label(iri) : titles.values().iterator().next().shown();
            out.add(new ExtractedProgram(iri.getURI(), shown, facts));
        });
        return new DocumentFacts(graph.getURI(), out, engagements);
    }

    private static void merge(Map<String, Stated> into, ClaimRow r, String key, String shown) {
        Stated before = into.get(key);
        if (before == null) {
            into.put(key, new Stated(r.field(), r.subject().toString(), key, shown, r.start(), r.end(), r.exact(), r.rules()));
        } else if (!before.rules().containsAll(r.rules())) {
            Set<String> rules = new HashSet<>(before.rules());
            rules.addAll(r.rules());
            into.put(key, new Stated(before.field(), before.subject(), key, before.shown(), before.start(), before.end(),
                    before.exact(), rules));
        }
    }

    private static Optional<ClaimRow> row(Claim claim) {
        Optional<Field> field = Optional.of(claim.predicate()).filter(Node::isURI).flatMap(p -> Field.byProperty(p.getURI()));
        if (field.isEmpty() || !claim.subject().isURI()) {
            return Optional.empty();
        }
        Set<String> rules = new HashSet<>();
        claim.rules().forEach(rule -> rules.add(rule.toString()));
        return Optional.of(new ClaimRow(field.get(), claim.subject(), claim.object(), claim.start(), claim.end(),
                claim.exact(), rules));
    }

    private boolean isProgram(Node s) {
        return dsg.contains(Node.ANY, s, TYPE, PROGRAM_TYPE) || dsg.contains(Node.ANY, s, TYPE, REPORTED_TYPE);
    }

    /** An IRI's English label (else any label, else its last segment); a literal's lexical form. */
    private String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return labels.computeIfAbsent(n, k -> {
            String any = null;
            for (var it = dsg.find(Node.ANY, k, PREF_LABEL, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (q.getObject().isLiteral()) {
                    if ("en".equals(q.getObject().getLiteralLanguage())) {
                        return q.getObject().getLiteralLexicalForm();
                    }
                    any = any == null ? q.getObject().getLiteralLexicalForm() : any;
                }
            }
            return any != null ? any : k.toString().substring(k.toString().lastIndexOf('/') + 1);
        });
    }
}
