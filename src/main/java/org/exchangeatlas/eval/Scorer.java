package org.exchangeatlas.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges one document's stated facts against its gold file: each gold program against the
 * extracted program {@link Pairing} gives it, per field; every fact of an unpaired extracted
 * program is wrong; the engagements against the gold file's engagements. A department stated
 * where gold names its ministry counts for the ministry ({@link BodyParents}), unless gold says
 * the department must not appear.
 */
final class Scorer {
    private Scorer() {}

    static List<Judgement> judge(ResolvedGold gold, DocumentFacts facts, BodyParents parents) {
        List<Judgement> out = new ArrayList<>();
        List<ExtractedProgram> paired = Pairing.pair(gold.programs(), facts.programs());
        for (int i = 0; i < gold.programs().size(); i++) {
            ResolvedGold.Program g = gold.programs().get(i);
            ExtractedProgram e = paired.get(i);
            for (Field f : Field.values()) {
                if (f.ofProgram()) {
                    Map<String, Stated> stated = e == null ? Map.of() : e.of(f);
                    if (f.kind() == Field.Kind.ORGANIZATION) {
                        stated = asParents(gold, f, g.of(f), stated, parents);
                    }
                    compare(out, gold, f, g.label(), g.of(f), stated, false);
                }
            }
        }
        for (ExtractedProgram e : facts.programs()) {
            if (!paired.contains(e)) {
                for (Field f : Field.values()) {
                    if (f.ofProgram()) {
                        compare(out, gold, f, e.label(), Map.of(), e.of(f), true);
                    }
                }
            }
        }
        compare(out, gold, Field.ENGAGED_WITH, null, gold.engagements(), facts.engagements(), false);
        return out;
    }

    private static void compare(List<Judgement> out, ResolvedGold gold, Field field, String program,
                                Map<String, GoldValue> expected, Map<String, Stated> stated, boolean unpaired) {
        String doc = gold.file().document().toString();
        String genre = gold.file().genre();
        expected.forEach((key, v) -> {
            Stated s = stated.get(key);
            out.add(new Judgement(s == null ? Judgement.Verdict.MISSED : Judgement.Verdict.RIGHT, field, doc, genre,
                    program, v.written(), s, false, false));
        });
        stated.forEach((key, s) -> {
            if (!expected.containsKey(key)) {
                out.add(new Judgement(Judgement.Verdict.WRONG, field, doc, genre, program, s.shown(), s,
                        gold.forbids(field, key), unpaired));
            }
        });
    }

    /**
     * The stated bodies, each that gold does not name counted as the body above it that gold
     * names (a ministry's department as the ministry), when gold does not forbid it and the
     * ministry is not stated itself.
     */
    private static Map<String, Stated> asParents(ResolvedGold gold, Field field, Map<String, GoldValue> expected,
                                                 Map<String, Stated> stated, BodyParents parents) {
        Map<String, Stated> out = new LinkedHashMap<>();
        stated.forEach((key, s) -> {
            String counted = key;
            if (!expected.containsKey(key) && !gold.forbids(field, key)) {
                for (String above : parents.above(key)) {
                    if (expected.containsKey(above) && !stated.containsKey(above)) {
                        counted = above;
                        break;
                    }
                }
            }
            out.putIfAbsent(counted, s);
        });
        return out;
    }
}
