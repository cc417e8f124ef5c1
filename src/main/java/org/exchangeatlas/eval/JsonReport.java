package org.exchangeatlas.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;

/**
 * {@code atlas eval --format json}: the figures of {@link TextReport} as one JSON object, for
 * scripts and dashboards. A figure with nothing to count is null.
 */
public final class JsonReport {
    private JsonReport() {}

    public static void print(EvalReport r, PrintStream out) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("documents", r.documents());
        root.put("goldPrograms", r.goldPrograms());
        root.put("extractedPrograms", r.extractedPrograms());
        root.set("overall", tally(json, r.overall()));
        ObjectNode fields = root.putObject("fields");
        r.fields().forEach((f, t) -> fields.set(f.key(), tally(json, t)));
        ObjectNode genres = root.putObject("genres");
        r.genres().forEach((g, t) -> genres.set(g, tally(json, t).put("documents", r.genreDocuments().getOrDefault(g, 0))));
        ObjectNode rules = root.putObject("rules");
        r.rules().forEach((rule, t) -> rules.set(rule, json.createObjectNode().put("right", t.right())
                .put("wrong", t.wrong()).set("precision", figure(json, t.precision()))));
        ArrayNode wrong = root.putArray("wrong");
        for (Judgement j : r.wrong()) {
            ObjectNode w = judgement(wrong.addObject(), j);
            w.put("start", j.stated().start()).put("end", j.stated().end()).put("exact", j.stated().exact())
                    .put("mustNotAppear", j.mustNotAppear()).put("programInGold", !j.unpaired());
            ArrayNode ruleList = w.putArray("rules");
            j.stated().rules().stream().sorted().forEach(ruleList::add);
        }
        ArrayNode missed = root.putArray("missed");
        r.missed().forEach(j -> judgement(missed.addObject(), j));
        ArrayNode unresolved = root.putArray("unresolvedGoldLabels");
        r.unresolved().forEach(unresolved::add);
        ArrayNode unread = root.putArray("unreadDocuments");
        r.unread().forEach(unread::add);
        out.println(root.toPrettyString());
    }

    private static ObjectNode judgement(ObjectNode o, Judgement j) {
        return o.put("document", j.document()).put("field", j.field().key()).put("program", j.program())
                .put("value", j.value());
    }

    private static ObjectNode tally(ObjectMapper json, Tally t) {
        ObjectNode o = json.createObjectNode().put("right", t.right()).put("wrong", t.wrong()).put("missed", t.missed());
        o.set("precision", figure(json, t.precision()));
        o.set("recall", figure(json, t.recall()));
        o.set("f1", figure(json, t.f1()));
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode figure(ObjectMapper json, double x) {
        return Double.isNaN(x) ? json.nullNode() : json.getNodeFactory().numberNode(Math.round(x * 1e6) / 1e6);
    }
}
