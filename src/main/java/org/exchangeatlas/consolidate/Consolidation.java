package org.exchangeatlas.consolidate;

import static org.apache.jena.atlas.iterator.Iter.toList;
import static org.exchangeatlas.model.AtlasNodes.iri;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.Claims;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.model.ReifiedStatements;

/**
 * Makes programs of files: after the document graphs are written, in the same transaction,
 * recomputes from the claims of every document graph
 * <ol>
 *   <li>which program keys name one program ({@link ProgramMatcher}), and the one IRI each
 *       program goes by: the IRI it had before if any of its keys had one (kept in the programs
 *       graph, so IRIs stay stable as files arrive), else that of its smallest key; the
 *       documents' facts and claims are moved onto it;</li>
 *   <li>which facts a revision supersedes: where a revised or supplementary notice
 *       ({@code atlas:documentKind id/document-kind/revision}) states a property in
 *       {@link #SUPERSEDABLE} for its program, the earlier notices' values of that property are
 *       retracted from their graphs, and their claims stay, marked {@code atlas:supersededBy}
 *       the revision.</li>
 * </ol>
 * Everything is derived from the claims, so pruning a revision brings the earlier values back.
 */
public final class Consolidation {
    /** Properties a revision restates in full: its values replace the earlier ones. */
    public static final Set<String> SUPERSEDABLE = Set.of(START_DATE, END_DATE, HOST, TARGET_COUNTRY,
            PARTICIPANT_COUNT, DELIVERY, INSTRUCTION_LANGUAGE);
    /** The document kind of a revised or supplementary notice. */
    static final Node REVISION = iri(ID + "document-kind/revision");

    private final ProgramMatcher matcher;

    public Consolidation(ProgramMatcher matcher) {
        this.matcher = matcher;
    }

    /** Recomputes merging and supersession over every document graph. Call in a write transaction. */
    public ConsolidationReport recompute(DatasetGraph dsg) {
        return recompute(dsg, () -> {});
    }

    /**
     * As {@link #recompute(DatasetGraph)}, calling {@code checkpoint} before each program, which
     * may throw to stop (a build asked to end). Programs are walked in the order the store lists
     * their keys, which is the order their nodes were written: the programs graph then grows
     * along its indexes instead of at random places, which a store larger than memory cannot
     * afford (a million programs).
     */
    public ConsolidationReport recompute(DatasetGraph dsg, Runnable checkpoint) {
        List<Node> documents = documentGraphs(dsg);
        restore(dsg, documents);
        Map<String, ProgramSources> sources = gather(dsg, documents);
        int keysBefore = sources.size();
        List<List<String>> clusters = cluster(sources);
        ProgramIris iris = new ProgramIris(dsg);
        Supersession supersession = new Supersession(dsg, documents);
        int merged = 0;
        int superseded = 0;
        for (List<String> cluster : clusters) {
            checkpoint.run();
            if (cluster.size() > 1) {
                merged++;
            }
            Node canonical = iris.canonical(cluster);
            for (String key : cluster) {
                for (Map.Entry<String, String> e : sources.get(key).documents().entrySet()) {
                    if (!e.getValue().equals(canonical.getURI())) {
                        rename(dsg, iri(e.getKey()), iri(e.getValue()), canonical);
                    }
                }
            }
            superseded += supersession.supersede(canonical, cluster, sources);
        }
        return new ConsolidationReport(keysBefore, clusters.size(), merged, superseded);
    }

    private static List<Node> documentGraphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && Iris.isDocument(g.getURI())) {
                out.add(g);
            }
        });
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    /**
     * Every claim's triple asserted again in its graph, and no claim marked superseded. Only a
     * supersession retracts a claimed triple, and it marks the claim, so the marked claims are
     * the ones to restore.
     */
    private static void restore(DatasetGraph dsg, List<Node> documents) {
        Set<Node> graphs = new HashSet<>(documents);
        List<Quad> marks = Claims.supersessions(dsg);
        Set<List<Node>> restored = new HashSet<>();
        for (Quad mark : marks) {
            if (!graphs.contains(mark.getGraph())) {
                continue;
            }
            dsg.delete(mark);
            Node g = mark.getGraph();
            if (restored.add(List.of(g, mark.getSubject()))) {
                ReifiedStatements.of(dsg.getGraph(g), mark.getSubject()).ifPresent(t -> dsg.add(g, t.getSubject(),
                        t.getPredicate(), t.getObject()));
            }
        }
    }

    /**
     * What each key's documents state about its program. Read after {@link #restore}, when each
     * document graph asserts exactly what its claims state (values a revision superseded
     * included), so the program's own triples in the graph are its claimed values: one index
     * range a program instead of three lookups a claim. Only the properties the matcher weighs
     * are kept, each value once, so that a million programs fit in a small heap.
     */
    private static Map<String, ProgramSources> gather(DatasetGraph dsg, List<Node> documents) {
        Map<String, Map<String, String>> docsByKey = new LinkedHashMap<>(); // in the store's order
        Map<String, Map<String, Set<String>>> valuesByKey = new HashMap<>();
        Set<String> keysWithOriginals = new HashSet<>();
        Map<String, String> shared = new HashMap<>(); // one copy of each value (years, countries, bodies)
        for (Node g : documents) {
            boolean revision = dsg.contains(g, g, AtlasNodes.DOCUMENT_KIND, REVISION);
            for (Quad k : toList(dsg.find(g, Node.ANY, AtlasNodes.PROGRAM_KEY, Node.ANY))) {
                String key = k.getObject().getLiteralLexicalForm();
                Node program = k.getSubject();
                if (!revision) {
                    keysWithOriginals.add(key);
                }
                docsByKey.computeIfAbsent(key, x -> new TreeMap<>()).put(g.getURI(), program.getURI());
                Map<String, Set<String>> values = valuesByKey.computeIfAbsent(key, x -> new HashMap<>());
                for (Quad c : toList(dsg.find(g, program, Node.ANY, Node.ANY))) {
                    String p = c.getPredicate().isURI() ? ProgramMatcher.FEATURES.get(c.getPredicate().getURI()) : null;
                    if (p != null) {
                        Node o = c.getObject();
                        String v = shared.computeIfAbsent(o.isLiteral() ? o.getLiteralLexicalForm() : o.toString(), x -> x);
                        values.merge(p, Set.of(v), Consolidation::union);
                    }
                }
            }
        }
        Map<String, ProgramSources> out = new LinkedHashMap<>();
        docsByKey.forEach((key, docs) -> out.put(key, new ProgramSources(key, docs, valuesByKey.get(key),
                !keysWithOriginals.contains(key))));
        return out;
    }

    /** Two sets of values as one (a set of one stays a set of one: most programs state one value a property). */
    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a.containsAll(b)) {
            return a;
        }
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * Keys grouped into programs: union-find over the pairs the matcher accepts. Only pairs that
     * can pass its hard rules are compared: the same years and the same target groups, and,
     * without a group, a shared target country or none on either side (the rules refuse every
     * other pair), so the work grows with the size of these blocks, not with the square of all
     * keys of a year.
     */
    private List<List<String>> cluster(Map<String, ProgramSources> sources) {
        List<String> keys = new ArrayList<>(sources.keySet());
        Map<String, String> parent = new HashMap<>();
        keys.forEach(k -> parent.put(k, k));
        Map<List<Set<String>>, List<String>> blocks = new HashMap<>();
        for (String k : keys) {
            ProgramSources s = sources.get(k);
            if (!s.get(YEAR).isEmpty()) {
                blocks.computeIfAbsent(List.of(s.get(YEAR), s.get(TARGET_GROUP)), x -> new ArrayList<>()).add(k);
            }
        }
        for (Map.Entry<List<Set<String>>, List<String>> block : blocks.entrySet()) {
            if (!block.getKey().get(1).isEmpty()) {
                compareAll(block.getValue(), sources, parent);
                continue;
            }
            Map<String, List<String>> byCountry = new HashMap<>();
            List<String> noCountry = new ArrayList<>();
            for (String k : block.getValue()) {
                Set<String> countries = sources.get(k).get(TARGET_COUNTRY);
                if (countries.isEmpty()) {
                    noCountry.add(k);
                }
                countries.forEach(c -> byCountry.computeIfAbsent(c, x -> new ArrayList<>()).add(k));
            }
            compareAll(noCountry, sources, parent);
            byCountry.values().forEach(sameCountry -> compareAll(sameCountry, sources, parent));
        }
        Map<String, List<String>> groups = new LinkedHashMap<>(); // in the order of their first key
        for (String k : keys) {
            groups.computeIfAbsent(find(parent, k), x -> new ArrayList<>()).add(k);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : groups.values()) {
            g.sort(String::compareTo);
            out.add(g);
        }
        return out;
    }

    private void compareAll(List<String> block, Map<String, ProgramSources> sources, Map<String, String> parent) {
        for (int i = 0; i < block.size(); i++) {
            for (int j = i + 1; j < block.size(); j++) {
                String a = block.get(i);
                String b = block.get(j);
                if (!find(parent, a).equals(find(parent, b)) && matcher.same(sources.get(a), sources.get(b))) {
                    parent.put(find(parent, a), find(parent, b));
                }
            }
        }
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.get(k);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        parent.put(k, p);
        return p;
    }

    /** Replaces {@code from} by {@code to} wherever it stands in graph {@code g}. */
    private static void rename(DatasetGraph dsg, Node g, Node from, Node to) {
        List<Quad> asSubject = toList(dsg.find(g, from, Node.ANY, Node.ANY));
        List<Quad> asObject = toList(dsg.find(g, Node.ANY, Node.ANY, from));
        for (Quad q : asSubject) {
            dsg.delete(q);
        }
        for (Quad q : asObject) {
            dsg.delete(q);
        }
        for (Quad q : asSubject) {
            dsg.add(g, to, q.getPredicate(), q.getObject().equals(from) ? to : q.getObject());
        }
        for (Quad q : asObject) {
            dsg.add(g, q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(), to);
        }
    }
}
