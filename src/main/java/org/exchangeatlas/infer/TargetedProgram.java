package org.exchangeatlas.infer;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A program that a source names a target group for, with what the sources state beside it: the
 * input of one inference.
 *
 * @param program          the program's IRI
 * @param groupClaims      each stated target group, with the claims (IRIs, sorted) that state it
 * @param years            the years the sources state ({@code atlas:year})
 * @param statedCountries  the target countries the sources list
 */
record TargetedProgram(String program, SortedMap<String, List<String>> groupClaims, SortedSet<Integer> years,
                       Set<String> statedCountries) {

    TargetedProgram(String program, Map<String, List<String>> groupClaims, Set<Integer> years,
                    Set<String> statedCountries) {
        this(program, sorted(groupClaims), Collections.unmodifiableSortedSet(new TreeSet<>(years)),
                Set.copyOf(statedCountries));
    }

    private static SortedMap<String, List<String>> sorted(Map<String, List<String>> groupClaims) {
        TreeMap<String, List<String>> groups = new TreeMap<>();
        groupClaims.forEach((g, claims) -> groups.put(g, claims.stream().sorted().distinct().toList()));
        return Collections.unmodifiableSortedMap(groups);
    }
}
