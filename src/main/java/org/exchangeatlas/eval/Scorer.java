package org.exchangeatlas.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges one document's stated facts against its gold file: each gold program against the
 * extracted program {@link Pairing} gives it, per field; every fact of an unpaired extracted
 * program is wrong; the engagements against the gold file's engagements.
 */
final class Scorer {
    private Scorer() {}

    static List<Judgement> judge(ResolvedGold gold, DocumentFacts facts) {
        List<Judgement> out = new ArrayList<>();
        List<ExtractedProgram> paired = Pairing.pair(gold.programs(), facts.programs());
        for (int i = 0; i < gold.programs().size(); i++) {
            ResolvedGold.Program g = gold.programs().get(i);
            ExtractedProgram e = paired.get(i);
            for (Field f : Field.values()) {
                if (f.ofProgram()) {
                    compare(out, gold, f, g.label(), g.of(f), e == null ? Map.of() : e.of(f), false);
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
}
