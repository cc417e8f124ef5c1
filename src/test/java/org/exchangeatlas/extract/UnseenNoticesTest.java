package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.exchangeatlas.extract.Expectations.check;
import static org.exchangeatlas.extract.Expectations.set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Notices written from DOMAIN.md by someone who did not see the extractor's rules, each with the
 * facts it states in {@code expected.json}: Chinese ones in {@code src/test/resources/unseen/},
 * English ones in {@code src/test/resources/unseen-english/}. The extractor must read every one
 * of them right.
 */
class UnseenNoticesTest {
    private static final Path CHINESE = Path.of("src/test/resources/unseen");
    private static final Path ENGLISH = Path.of("src/test/resources/unseen-english");

    /** One held-out notice: its folder, language and expected facts. */
    record Case(Path dir, String language, JsonNode expected) {
        @Override
        public String toString() {
            return expected.get("file").asText();
        }
    }

    static Stream<Case> notices() throws Exception {
        List<Case> list = new ArrayList<>();
        for (Path dir : List.of(CHINESE, ENGLISH)) {
            if (Files.exists(dir.resolve("expected.json"))) {
                JsonNode all = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
                all.forEach(e -> list.add(new Case(dir, dir.equals(ENGLISH) ? "en" : "zh", e)));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void readsANoticeItWasNotWrittenFrom(Case c) throws Exception {
        JsonNode expected = c.expected();
        String file = expected.get("file").asText();
        ExtractionHarness.Extracted x = ExtractionHarness.run(Files.readString(c.dir().resolve(file)), c.language());
        List<String> wrong = new ArrayList<>();
        check(wrong, "programs", "1", String.valueOf(x.programs().size()));
        if (!x.programs().isEmpty()) {
            check(wrong, "title", expected.get("title").asText(), x.programs().get(0).title());
        }
        check(wrong, "year", set(expected.get("year")), x.values("year"));
        check(wrong, "organizers", set(expected.get("organizers")), x.values("organizer"));
        check(wrong, "hosts", set(expected.get("hosts")), x.values("host"));
        check(wrong, "targetGroups", set(expected.get("targetGroups")), x.values("targetGroup"));
        check(wrong, "targetCountries", set(expected.get("targetCountries")), x.values("targetCountry"));
        check(wrong, "roles", set(expected.get("roles")), x.values("participantRole"));
        check(wrong, "topics", set(expected.get("topics")), x.values("topic"));
        check(wrong, "requirements", set(expected.get("requirements")), x.values("requirement"));
        check(wrong, "delivery", set(expected.get("delivery")), x.values("delivery"));
        check(wrong, "startDate", set(expected.get("startDate")), x.values("startDate"));
        check(wrong, "endDate", set(expected.get("endDate")), x.values("endDate"));
        check(wrong, "participants", set(expected.get("participants")), x.values("participantCount"));
        assertEquals(List.of(), wrong, file);
    }


}
