package org.exchangeatlas.eval;

import java.io.PrintStream;
import java.util.Locale;
import org.exchangeatlas.model.AtlasTerms;

/**
 * {@code atlas eval}'s report for people: the figures per field, overall, per genre and per rule,
 * then every wrong fact with its passage and every missed one, then the gold labels that name
 * nothing.
 */
public final class TextReport {
    private static final String RULE_PREFIX = AtlasTerms.id("rule", "");

    private TextReport() {}

    public static void print(EvalReport r, PrintStream out) {
        out.println("Scored " + r.documents() + " documents: " + r.goldPrograms() + " gold programs, "
                + r.extractedPrograms() + " programs stated by the atlas");
        out.println();
        out.println(String.format(Locale.ROOT, "%-18s %7s %7s %7s %10s %7s %7s", "field", "right", "wrong", "missed",
                "precision", "recall", "F1"));
        r.fields().forEach((f, t) -> out.println(row(f.key(), t)));
        out.println(row("overall", r.overall()));
        out.println();
        out.println(String.format(Locale.ROOT, "%-18s %5s %7s %7s %7s %10s %7s %7s", "genre", "docs", "right", "wrong",
                "missed", "precision", "recall", "F1"));
        r.genres().forEach((g, t) -> out.println(String.format(Locale.ROOT, "%-18s %5d %s", g,
                r.genreDocuments().getOrDefault(g, 0), row("", t).substring(19))));
        if (!r.rules().isEmpty()) {
            out.println();
            out.println(String.format(Locale.ROOT, "%-18s %7s %7s %10s", "rule", "right", "wrong", "precision"));
            r.rules().forEach((rule, t) -> out.println(String.format(Locale.ROOT, "%-18s %7d %7d %10s",
                    ruleName(rule), t.right(), t.wrong(), figure(t.precision()))));
        }
        out.println();
        out.println("Wrong (" + r.wrong().size() + "; those that must not appear first, then organizers):");
        r.wrong().forEach(j -> out.println("  " + wrongLine(j)));
        out.println("Missed (" + r.missed().size() + "):");
        r.missed().forEach(j -> out.println("  " + missedLine(j)));
        if (!r.unread().isEmpty()) {
            out.println("Not read by the atlas (all their gold facts missed):");
            r.unread().forEach(u -> out.println("  " + u));
        }
        if (!r.unresolved().isEmpty()) {
            out.println("Note: gold labels that name nothing in the vocabularies (each counted missed):");
            r.unresolved().forEach(u -> out.println("  " + u));
        }
    }

    /**
     * {@code DOC @START-END [RULE] FIELD VALUE: "EXACT"}, flagged when it must not appear or its
     * program is not in gold.
     */
    static String wrongLine(Judgement j) {
        Stated s = j.stated();
        String rules = s.rules().stream().sorted().map(TextReport::ruleName).reduce((a, b) -> a + ", " + b)
                .map(r -> " [" + r + "]").orElse("");
        return j.document() + " @" + s.start() + "-" + s.end() + rules + " " + j.field().key() + " " + j.value()
                + (j.mustNotAppear() ? " (must not appear)" : "")
                + (j.unpaired() ? " (program not in gold: " + j.program() + ")" : "")
                + ": \"" + oneLine(s.exact()) + "\"";
    }

    /** {@code DOC FIELD VALUE (program: LABEL)}, the value as gold writes it. */
    static String missedLine(Judgement j) {
        return j.document() + " " + j.field().key() + " " + j.value()
                + (j.program() == null ? "" : " (program: " + j.program() + ")");
    }

    static String ruleName(String rule) {
        return rule.startsWith(RULE_PREFIX) ? rule.substring(RULE_PREFIX.length()) : rule;
    }

    private static String row(String name, Tally t) {
        return String.format(Locale.ROOT, "%-18s %7d %7d %7d %10s %7s %7s", name, t.right(), t.wrong(), t.missed(),
                figure(t.precision()), figure(t.recall()), figure(t.f1()));
    }

    /** A figure to three places, or "-" when there was nothing to count. */
    public static String figure(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }
}
