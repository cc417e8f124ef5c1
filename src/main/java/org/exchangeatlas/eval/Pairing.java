package org.exchangeatlas.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Pairs each gold program of a document with the extracted program that shares most of its facts,
 * one to one, greedily by score: a shared title outweighs any number of other shared facts. A
 * program sharing no fact with any is left unpaired (gold: all its facts missed; extracted: all
 * its facts wrong).
 */
final class Pairing {
    /** What a shared title counts for: more than all other facts of a program together. */
    static final int TITLE_WEIGHT = 1000;

    private Pairing() {}

    /** For each gold program, in order, the extracted program paired with it, or null. */
    static List<ExtractedProgram> pair(List<ResolvedGold.Program> gold, List<ExtractedProgram> extracted) {
        record Candidate(int gold, int extracted, int score) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < extracted.size(); j++) {
                int s = score(gold.get(i), extracted.get(j));
                if (s > 0) {
                    candidates.add(new Candidate(i, j, s));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::extracted));
        List<ExtractedProgram> out = new ArrayList<>(java.util.Collections.nCopies(gold.size(), null));
        boolean[] taken = new boolean[extracted.size()];
        for (Candidate c : candidates) {
            if (out.get(c.gold()) == null && !taken[c.extracted()]) {
                out.set(c.gold(), extracted.get(c.extracted()));
                taken[c.extracted()] = true;
            }
        }
        return out;
    }

    /** The facts the two share, a shared title weighing {@link #TITLE_WEIGHT}. */
    static int score(ResolvedGold.Program gold, ExtractedProgram extracted) {
        int score = 0;
        for (Field f : Field.values()) {
            Map<String, Stated> stated = extracted.of(f);
            for (String key : gold.of(f).keySet()) {
                if (stated.containsKey(key)) {
                    score += f == Field.TITLE ? TITLE_WEIGHT : 1;
                }
            }
        }
        return score;
    }
}
