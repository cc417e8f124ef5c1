package org.exchangeatlas.vocab;

import java.util.Arrays;
import java.util.List;

/**
 * A requirement stated in a sentence rather than named: a clause states the concept when it holds
 * one alternative of every group, in any order. Written in Turtle as {@code atlas:clausePattern
 * "与其他国家|与他国 + 交流|合作 + 报告|材料|情况"}: groups joined by " + ", alternatives by "|".
 *
 * @param conceptIri the concept the clause states
 * @param groups     each group's alternatives, folded by {@link LabelNormalizer}
 */
public record ClausePattern(String conceptIri, List<List<String>> groups) {

    public static ClausePattern parse(String conceptIri, String pattern) {
        List<List<String>> groups = Arrays.stream(pattern.split("\\s\\+\\s"))
                .map(g -> Arrays.stream(g.split("\\|")).map(String::strip).filter(a -> !a.isEmpty())
                        .map(LabelNormalizer::fold).toList())
                .filter(g -> !g.isEmpty())
                .toList();
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("empty clause pattern for " + conceptIri);
        }
        return new ClausePattern(conceptIri, groups);
    }

    /** Whether a clause (already folded) holds an alternative of every group. */
    public boolean matches(String foldedClause) {
        for (List<String> group : groups) {
            if (group.stream().noneMatch(foldedClause::contains)) {
                return false;
            }
        }
        return true;
    }
}
