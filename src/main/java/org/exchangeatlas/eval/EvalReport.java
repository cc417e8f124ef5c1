package org.exchangeatlas.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code atlas eval} found: figures per field, overall (micro over facts), per genre and per
 * rule, the wrong facts (those that must not appear first, then wrong organizers) and the missed
 * ones, and the gold labels that name nothing in the vocabularies.
 *
 * @param documents         documents scored
 * @param goldPrograms      programs in the gold files
 * @param extractedPrograms programs the atlas states in those documents
 * @param fields            per field, every field listed
 * @param overall           all facts of all fields
 * @param genres            per genre, by name
 * @param genreDocuments    documents per genre
 * @param rules             per rule IRI, the stated facts (right and wrong) its claims made
 * @param wrong             the wrong facts, in report order
 * @param missed            the missed facts, in document order
 * @param unresolved        the gold values that name nothing the atlas knows ({@code DOC: field 'label'})
 * @param unread            the documents the build could not read ({@code DOC: reason}): they state
 *                          nothing, so all their gold facts are missed
 */
public record EvalReport(int documents, int goldPrograms, int extractedPrograms, Map<Field, Tally> fields, Tally overall,
                         Map<String, Tally> genres, Map<String, Integer> genreDocuments, Map<String, Tally> rules,
                         List<Judgement> wrong, List<Judgement> missed, List<String> unresolved, List<String> unread) {

    /** The report of scored documents' judgements, in document order. */
    static EvalReport of(List<ResolvedGold> golds, int extractedPrograms, List<Judgement> judgements,
                         List<String> unread) {
        Map<Field, Tally> fields = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            fields.put(f, Tally.ZERO);
        }
        Tally overall = Tally.ZERO;
        Map<String, Tally> genres = new TreeMap<>();
        Map<String, Tally> rules = new TreeMap<>();
        List<Judgement> wrong = new ArrayList<>();
        List<Judgement> missed = new ArrayList<>();
        for (Judgement j : judgements) {
            fields.merge(j.field(), Tally.ZERO.plus(j.verdict()), EvalReport::sum);
            overall = overall.plus(j.verdict());
            genres.merge(j.genre(), Tally.ZERO.plus(j.verdict()), EvalReport::sum);
            if (j.stated() != null) {
                j.stated().rules().forEach(r -> rules.merge(r, Tally.ZERO.plus(j.verdict()), EvalReport::sum));
            }
            if (j.verdict() == Judgement.Verdict.WRONG) {
                wrong.add(j);
            } else if (j.verdict() == Judgement.Verdict.MISSED) {
                missed.add(j);
            }
        }
        Map<String, Integer> docOrder = new HashMap<>();
        Map<String, Integer> genreDocuments = new TreeMap<>();
        List<String> unresolved = new ArrayList<>();
        int programs = 0;
        for (ResolvedGold g : golds) {
            docOrder.putIfAbsent(g.file().document().toString(), docOrder.size());
            genreDocuments.merge(g.file().genre(), 1, Integer::sum);
            genres.putIfAbsent(g.file().genre(), Tally.ZERO);
            programs += g.programs().size();
            unresolved(g).stream().filter(u -> !unresolved.contains(u)).forEach(unresolved::add);
        }
        wrong.sort(Comparator.comparing((Judgement j) -> !j.mustNotAppear())
                .thenComparing(j -> j.field() != Field.ORGANIZER)
                .thenComparing(j -> docOrder.getOrDefault(j.document(), 0))
                .thenComparingInt(j -> j.stated().start()));
        return new EvalReport(golds.size(), programs, extractedPrograms, Collections.unmodifiableMap(fields), overall,
                Collections.unmodifiableMap(genres), Collections.unmodifiableMap(genreDocuments),
                Collections.unmodifiableMap(rules), List.copyOf(wrong), List.copyOf(missed), List.copyOf(unresolved), List.copyOf(unread));
    }

    private static List<String> unresolved(ResolvedGold g) {
        List<String> out = new ArrayList<>();
        String doc = g.file().document().toString();
        for (ResolvedGold.Program p : g.programs()) {
            p.values().values().forEach(vs -> vs.values().stream().filter(v -> !v.resolved())
                    .forEach(v -> out.add(doc + ": " + v.field().key() + " '" + v.written() + "'")));
        }
        g.engagements().values().stream().filter(v -> !v.resolved())
                .forEach(v -> out.add(doc + ": engagedWith '" + v.written() + "'"));
        return out;
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.right() + b.right(), a.wrong() + b.wrong(), a.missed() + b.missed());
    }
}
