package org.exchangeatlas.infer;

import static org.exchangeatlas.model.AtlasNodes.iri;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.model.ReifiedStatements;
import org.exchangeatlas.vocab.Membership;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The inference step: target countries from stated target groups and the groups' dated
 * memberships, written to the inferred graph with an {@code atlas:Inference} node each.
 * <pre>
 * stated graphs --StatedTargets--> programs with groups, years, listed countries
 *   -> members of each group active in the program's year (Membership.activeIn)
 *   -> inferred graph: P atlas:targetCountry C, and an atlas:Inference node
 * </pre>
 * Rules:
 * <ul>
 * <li>The program's year picks the members: a membership counts when it was in force at some
 *     time in that year ({@link Membership#activeIn}), so Belarus, an SCO member from 4 July 2024,
 *     is a member for every program of 2024. Where sources state several years, a membership must
 *     cover each of them. A program with no year gets no inferred country.</li>
 * <li>Where a source lists the invited countries (the program has a stated
 *     {@code atlas:targetCountry}), that list is the target set: the group adds none. So an
 *     inferred fact never repeats a stated one.</li>
 * <li>The home country (China, {@code atlas:homeCountry}) is never a target.</li>
 * <li>A membership of the wider tier ({@code id/tier/wider}) counts only with
 *     {@link InferenceSettings#WIDER_TIER}; the members of a group's proxy ({@code atlas:proxy}: the
 *     Group of 77 for developing countries) only with {@link InferenceSettings#PROXIES}.</li>
 * </ul>
 * Each inference node (IRI: a digest of program, country and membership) carries
 * {@code rdf:subject/predicate/object}, {@code prov:wasDerivedFrom} the membership and every claim
 * that states the program's target group (the group fact as each source states it),
 * {@code atlas:viaGroup} the stated group, {@code atlas:usedTier} the membership's tier where it
 * has one and {@code atlas:usedProxy} the proxy group where one was used.
 * <p>
 * {@link #recompute} recomputes the whole inferred graph and writes the difference; call it inside the build's write
 * transaction, after the document graphs are written. Immutable.
 */
public final class Inference {
    private final Vocabulary vocabulary;
    private final InferenceSettings settings;
    private final Map<String, List<Membership>> membershipsByGroup;

    public Inference(Vocabulary vocabulary, InferenceSettings settings) {
        this.vocabulary = vocabulary;
        this.settings = settings;
        Map<String, List<Membership>> byGroup = new TreeMap<>();
        for (Membership m : vocabulary.memberships()) {
            byGroup.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
        }
        byGroup.replaceAll((g, ms) -> List.copyOf(ms));
        this.membershipsByGroup = Map.copyOf(byGroup);
    }

    public InferenceSettings settings() {
        return settings;
    }

    /** A membership as the basis of an inference, with the proxy group it was reached through. */
    private record Basis(Membership membership, Optional<String> proxy) {
        boolean wider() {
            return membership.tier().filter(TIER_WIDER::equals).isPresent();
        }
    }

    /**
     * Computes the inferred graph again from the stated graphs of {@code dsg}, and changes only
     * the quads that differ from what it holds (a rebuild after one changed file rewrites a few
     * quads, not all of them).
     */
    public InferenceReport recompute(DatasetGraph dsg) {
        Node graph = AtlasNodes.INFERRED_GRAPH;
        Set<Quad> wanted = new LinkedHashSet<>();
        Optional<String> home = vocabulary.homeCountry();
        long facts = 0;
        long inferences = 0;
        int programs = 0;
        int listed = 0;
        int withoutYear = 0;
        int heldBack = 0;
        for (TargetedProgram p : StatedTargets.read(dsg)) {
            if (!p.statedCountries().isEmpty()) {
                listed++;
                continue;
            }
            if (p.years().isEmpty()) {
                withoutYear++;
                continue;
            }
            Set<String> countries = new HashSet<>();
            boolean held = false;
            for (Map.Entry<String, List<String>> target : p.groupClaims().entrySet()) {
                for (Basis b : bases(target.getKey())) {
                    Membership m = b.membership();
                    if (!p.years().stream().allMatch(m::activeIn) || home.filter(m.country()::equals).isPresent()) {
                        continue;
                    }
                    if ((b.wider() && !settings.get(InferenceSettings.WIDER_TIER))
                            || (b.proxy().isPresent() && !settings.get(InferenceSettings.PROXIES))) {
                        held = true;
                        continue;
                    }
                    describe(wanted, graph, p.program(), target.getKey(), target.getValue(), b);
                    inferences++;
                    if (countries.add(m.country())) {
                        facts++;
                    }
                }
            }
            if (!countries.isEmpty()) {
                programs++;
            }
            if (held) {
                heldBack++;
            }
        }
        Set<Quad> held = new HashSet<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(held::add);
        held.stream().filter(q -> !wanted.contains(q)).forEach(dsg::delete);
        wanted.stream().filter(q -> !held.contains(q)).forEach(dsg::add);
        return new InferenceReport(facts, inferences, programs, listed, withoutYear, heldBack);
    }

    /** The group's own memberships, then those of its proxy (marked as such). */
    private List<Basis> bases(String group) {
        List<Basis> out = new ArrayList<>();
        membershipsByGroup.getOrDefault(group, List.of()).forEach(m -> out.add(new Basis(m, Optional.empty())));
        vocabulary.proxy(group).ifPresent(proxy -> membershipsByGroup.getOrDefault(proxy, List.of())
                .forEach(m -> out.add(new Basis(m, Optional.of(proxy)))));
        return out;
    }

    private static void describe(Set<Quad> out, Node graph, String program, String group, List<String> groupClaims,
                                 Basis b) {
        Membership m = b.membership();
        Triple fact = Triple.create(iri(program), AtlasNodes.TARGET_COUNTRY, iri(m.country()));
        out.add(Quad.create(graph, fact));
        Node i = iri(Iris.inference(program, m.country(), m.iri()));
        ReifiedStatements.describe(graph, i, AtlasNodes.INFERENCE, fact, out::add);
        out.add(Quad.create(graph, i, AtlasNodes.PROV_DERIVED_FROM, iri(m.iri())));
        for (String claim : groupClaims) {
            out.add(Quad.create(graph, i, AtlasNodes.PROV_DERIVED_FROM, iri(claim)));
        }
        out.add(Quad.create(graph, i, AtlasNodes.VIA_GROUP, iri(group)));
        m.tier().ifPresent(t -> out.add(Quad.create(graph, i, AtlasNodes.USED_TIER, iri(t))));
        b.proxy().ifPresent(g -> out.add(Quad.create(graph, i, AtlasNodes.USED_PROXY, iri(g))));
    }
}
