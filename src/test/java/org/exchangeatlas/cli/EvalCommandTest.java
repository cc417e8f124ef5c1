package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas eval} on a gold folder of two documents (a Chinese notice, an English news item),
 * figures computed by hand from the gold files and the documents:
 * <pre>
 * notice-zh: right title, year, startDate, endDate, organizer 商务部, host, LA, government officials,
 *            agriculture, poverty reduction (a numbered course item), 20, in person in China, age limit,
 *            health = 14; wrong organizer 外交部 (marked 协办; in absent) = 1; missed coOrganizer 外交部 = 1
 * press-en:  right organizer MOFCOM, KH, government officials, digital economy, in person in China
 *            (opened in Beijing), year 2022 (the dispatch's: the seminar opened in Beijing "on Tuesday"),
 *            ILD -> VN, ILD -> LA (the Lao party's leaders) = 8; wrong none;
 *            missed host AIBO, topic cross-border payments (no such label) = 2
 * overall:   22 right, 1 wrong, 3 missed: precision 22/23, recall 22/25, F1 44/48
 * </pre>
 */
class EvalCommandTest {
    static final String GOLD = "src/test/resources/eval-gold";
    static final String NOTICE = GOLD + "/notice-zh.txt";
    static final String PRESS = GOLD + "/press-en.txt";
    static final String RULE = "https://w3id.org/exchange-atlas/id/rule/";

    @TempDir
    Path dir;

    @Test
    void figuresPerFieldAreTheHandComputedOnes() throws Exception {
        Cli.Result r = Cli.run("eval", "--format", "json", GOLD);
        assertEquals(0, r.code(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());

        assertEquals(List.of(
                "organizer 2 1 0", "host 1 0 1", "coOrganizer 0 0 1", "title 1 0 0", "year 2 0 0", "startDate 1 0 0",
                "endDate 1 0 0", "targetGroups 0 0 0", "targetCountries 2 0 0", "roles 2 0 0", "topics 3 0 1",
                "participantCount 1 0 0", "delivery 2 0 0", "requirements 2 0 0", "engagedWith 2 0 0"),
                counts(json.get("fields")));
        assertEquals("22 1 3", count(json.get("overall")));
        assertEquals(22.0 / 23, json.get("overall").get("precision").asDouble(), 1e-6);
        assertEquals(22.0 / 25, json.get("overall").get("recall").asDouble(), 1e-6);
        assertEquals(44.0 / 48, json.get("overall").get("f1").asDouble(), 1e-6);
        assertEquals(List.of("notice-zh 14 1 1", "press-en 8 0 2"), counts(json.get("genres")));
        // every stated fact names its rule: the dispatch's year, the notice's fields (13 right, 外交部 wrong), its
        // title, the news sentences, the place the seminar opened at
        assertEquals(List.of(RULE + "dateline-year 1 0", RULE + "notice-field 13 1", RULE + "notice-title 1 0",
                RULE + "report-sentence 6 0", RULE + "report-venue 1 0"),
                rules(json.get("rules")));
        assertEquals(2, json.get("documents").asInt());
        assertEquals(2, json.get("goldPrograms").asInt());
    }

    @Test
    void textListsTheWrongFactWithItsPassageThenTheMisses() {
        Cli.Result r = Cli.run("eval", GOLD);
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();

        assertEquals("Scored 2 documents: 2 gold programs, 2 programs stated by the atlas", lines.get(0));
        assertEquals(List.of(
                "organizer                2       1       0      0.667   1.000   0.800",
                "coOrganizer              0       0       1          -   0.000   0.000",
                "targetGroups             0       0       0          -       -       -",
                "overall                 22       1       3      0.957   0.880   0.917"),
                lines.stream().filter(l -> l.matches("(organizer|coOrganizer|targetGroups|overall) .*")).toList());
        List<String> tail = lines.subList(lines.indexOf("Wrong (1; those that must not appear first, then organizers):"),
                lines.size());
        assertEquals(List.of(
                "Wrong (1; those that must not appear first, then organizers):",
                "  " + NOTICE + " @29-36 [notice-field] organizer Ministry of Foreign Affairs (must not appear): \"外交部（协办）\"",
                "Missed (3):",
                "  " + NOTICE + " coOrganizer 外交部 (program: 2021年老挝政府官员农业技术研修班)",
                "  " + PRESS + " host AIBO (program: programs[0])",
                "  " + PRESS + " topics cross-border payments (program: programs[0])",
                "Note: gold labels that name nothing in the vocabularies (each counted missed):",
                "  " + PRESS + ": topics 'cross-border payments'"), tail);
    }

    @Test
    void minF1SetsTheExitCode() {
        assertEquals(0, Cli.run("eval", "--min-f1", "0.91", GOLD).code());
        Cli.Result below = Cli.run("eval", "--min-f1", "0.92", GOLD);
        assertEquals(1, below.code(), below::toString);
        assertEquals(List.of("atlas: overall F1 0.917 is below --min-f1 0.92"), below.errLines());
        Cli.Result usage = Cli.run("eval", "--min-f1", "1.5", GOLD);
        assertEquals(2, usage.code(), usage::toString);
        assertEquals("atlas: --min-f1 must be between 0 and 1: 1.5", usage.errLines().get(0));
    }

    @Test
    void storeBuiltBeforeGivesTheSameFigures() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("build", "--store", store.toString(), GOLD).code());
        Cli.Result r = Cli.run("eval", "--store", store.toString(), "--format", "json", GOLD);
        assertEquals(0, r.code(), r::toString);
        assertEquals("22 1 3", count(new ObjectMapper().readTree(r.out()).get("overall")));

        Path other = copy(dir.resolve("other"), "press-en.txt", "press-en.txt.gold.json");
        Files.writeString(other.resolve("press-en.txt"), "\nA line added after the build.", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Cli.Result missing = Cli.run("eval", "--store", store.toString(), other.toString());
        assertEquals(1, missing.code(), missing::toString);
        assertEquals(List.of(other.resolve("press-en.txt") + ": not in the store (neither its SHA-256 nor its path)"),
                missing.errLines());
    }

    @Test
    void brokenGoldFilesAreOneLineEach() throws Exception {
        Path gold = copy(dir.resolve("gold"), "notice-zh.txt", "press-en.txt");
        Files.writeString(gold.resolve("notice-zh.txt.gold.json"), "{\"genre\": \"notice-zh\", \"programs\": [", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("press-en.txt.gold.json"),
                "{\"programs\": [{\"organizer\": \"MOFCOM\", \"topic\": [\"agriculture\"]}]}", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("gone.txt.gold.json"), "{\"programs\": []}", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("dated.txt"), "text", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("dated.txt.gold.json"), "{\"programs\": [{\"startDate\": \"2021-6-7\"}]}",
                StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("eval", gold.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals(List.of(
                gold.resolve("dated.txt.gold.json") + ": programs[0].startDate: '2021-6-7' is not a date (YYYY-MM-DD)",
                gold.resolve("gone.txt.gold.json") + ": document missing (expected " + gold.resolve("gone.txt") + ")",
                gold.resolve("notice-zh.txt.gold.json") + ": not JSON: line 1, column 37: Unexpected end-of-input: expected close marker for Array",
                gold.resolve("press-en.txt.gold.json") + ": programs[0]: unknown field 'topic' (fields: organizer, host,"
                        + " coOrganizer, title, year, startDate, endDate, targetGroups, targetCountries, roles, topics,"
                        + " participantCount, delivery, requirements)"),
                r.errLines());
    }

    @Test
    void anUnknownKeyAndAGoldFileThatContradictsItselfAreOneLineEach() throws Exception {
        Path gold = copy(dir.resolve("gold"), "notice-zh.txt");
        Path file = gold.resolve("notice-zh.txt.gold.json");
        Files.writeString(file, "{\"programmes\": []}", StandardCharsets.UTF_8);
        Cli.Result unknown = Cli.run("eval", gold.toString());
        assertEquals(1, unknown.code(), unknown::toString);
        assertEquals(List.of(file + ": unknown key 'programmes' (keys: genre, note, programs, engagedWith, absent)"),
                unknown.errLines());

        // found once the names are resolved: MOFCOM is 商务部
        Files.writeString(file, """
                {"programs": [{"organizer": ["商务部", "外交部"]}],
                 "absent": [{"field": "organizer", "value": "MOFCOM"}]}""", StandardCharsets.UTF_8);
        Cli.Result contradiction = Cli.run("eval", gold.toString());
        assertEquals(1, contradiction.code(), contradiction::toString);
        assertEquals(List.of(file + ": absent[0]: organizer MOFCOM is also a value of programs[0]"),
                contradiction.errLines());
    }

    @Test
    void aDocumentTheAtlasCannotReadStatesNothing() throws Exception {
        Path gold = copy(dir.resolve("gold"), "press-en.txt", "press-en.txt.gold.json");
        Files.writeString(gold.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("empty.txt.gold.json"),
                "{\"genre\": \"notice-zh\", \"programs\": [{\"organizer\": \"商务部\", \"year\": 2021}]}",
                StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("eval", "--format", "json", gold.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of(gold.resolve("empty.txt") + ": not read (its gold facts count as missed): empty file"),
                r.errLines());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("8 0 4", count(json.get("overall")));
        assertEquals("0 0 2", count(json.get("genres").get("notice-zh")));
        assertEquals(gold.resolve("empty.txt") + ": empty file", json.get("unreadDocuments").get(0).asText());
    }

    @Test
    void aFolderWithoutGoldAndAFileThatIsNoneAreOneLineEach() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.Result r = Cli.run("eval", empty.toString(), NOTICE);
        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of(empty + ": no gold files (*.gold.json) in this folder",
                NOTICE + ": not a gold file (its name must end in .gold.json)"), r.errLines());
    }

    private static Path copy(Path to, String... names) throws Exception {
        Files.createDirectories(to);
        for (String n : names) {
            Files.copy(Path.of(GOLD, n), to.resolve(n));
        }
        return to;
    }

    private static String count(JsonNode t) {
        return t.get("right").asInt() + " " + t.get("wrong").asInt() + " " + t.get("missed").asInt();
    }

    private static List<String> rules(JsonNode byRule) {
        List<String> out = new ArrayList<>();
        byRule.fields().forEachRemaining(e -> out.add(e.getKey() + " " + e.getValue().get("right").asInt() + " "
                + e.getValue().get("wrong").asInt()));
        return out;
    }

    private static List<String> counts(JsonNode byName) {
        List<String> out = new ArrayList<>();
        byName.fields().forEachRemaining(e -> out.add(e.getKey() + " " + count(e.getValue())));
        return out;
    }
}
