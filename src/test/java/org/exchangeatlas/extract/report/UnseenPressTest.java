package org.exchangeatlas.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.exchangeatlas.extract.Expectations.check;
import static org.exchangeatlas.extract.Expectations.set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.exchangeatlas.extract.ProgramRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Articles written after the reporting rules, by their author, from DOMAIN.md
 * ({@code src/test/resources/unseen-press/}), each with the facts it states in
 * {@code expected.json}: every program (its organizers, targets, year, roles, topics,
 * requirements, kinds), every meeting and every figure must come out, and nothing else.
 */
class UnseenPressTest {
    private static final Path DIR = Path.of("src/test/resources/unseen-press");

    static Stream<JsonNode> articles() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        new ObjectMapper().readTree(DIR.resolve("expected.json").toFile()).forEach(list::add);
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void readsAnArticleItWasNotWrittenFrom(JsonNode expected) throws Exception {
        ReportHarness.Read r = ReportHarness.read(DIR.resolve(expected.get("file").asText()));
        List<String> wrong = new ArrayList<>();
        Map<String, ProgramRecord> byKey = new TreeMap<>();
        for (ProgramRecord p : r.programs()) {
            byKey.put(key(r.values(p.iri(), "organizer"), targets(r, p), r.values(p.iri(), "year")), p);
        }
        TreeSet<String> expectedKeys = new TreeSet<>();
        for (JsonNode e : expected.get("programs")) {
            String key = key(set(e.get("organizers")), set(e.get("targets")), set(e.get("year")));
            expectedKeys.add(key);
            ProgramRecord p = byKey.get(key);
            if (p == null) {
                continue;
            }
            check(wrong, key + " roles", set(e.get("roles")), r.values(p.iri(), "participantRole"));
            check(wrong, key + " topics", set(e.get("topics")), r.values(p.iri(), "topic"));
            check(wrong, key + " requirements", set(e.get("requirements")), r.values(p.iri(), "requirement"));
            check(wrong, key + " types", set(e.get("types")), r.values(p.iri(), "programType"));
        }
        check(wrong, "programs", expectedKeys, new TreeSet<>(byKey.keySet()));
        TreeSet<String> engagements = new TreeSet<>();
        r.triples().stream().filter(t -> t.contains(" engagedWith ")).forEach(engagements::add);
        check(wrong, "engagements", set(expected.get("engagements")), engagements);
        Map<String, TreeSet<String>> figures = new TreeMap<>();
        expected.get("figures").fields().forEachRemaining(f -> figures.put(f.getKey(), set(f.getValue())));
        check(wrong, "figures", figures, r.figures());
        assertEquals(List.of(), wrong, expected.get("file").asText());
    }

    private static TreeSet<String> targets(ReportHarness.Read r, ProgramRecord p) {
        TreeSet<String> t = new TreeSet<>(r.values(p.iri(), "targetGroup"));
        t.addAll(r.values(p.iri(), "targetCountry"));
        return t;
    }

    private static String key(TreeSet<String> organizers, TreeSet<String> targets, TreeSet<String> year) {
        return String.join(",", organizers) + " | " + String.join(",", targets) + " | "
                + (year.isEmpty() ? "-" : String.join(",", year));
    }


}
