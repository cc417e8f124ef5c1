package org.exchangeatlas.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.exchangeatlas.cli.AtlasCommand;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files to programs, through a real build into TDB2: a notice, its English version and its
 * revision are one program whose dates are the revision's; programs that differ in year, target
 * or topic stay apart; a program keeps its IRI when more files about it arrive.
 */
class ConsolidationTest {
    private static final String PREFIXES = """
            PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    static final String NOTICE = """
            2021年吉尔吉斯斯坦政府官员海关管理研修班（线上）

            一、主办单位：商务部
            二、承办单位：新疆国际经济合作培训中心
            三、项目时间：2021年6月7日至6月20日
            四、参训国家：吉尔吉斯斯坦
            五、参训对象：海关部门政府官员，共25人
            六、课程内容：海关监管与通关便利化
            """;
    static final String ENGLISH_VERSION = """
            Seminar on Customs Administration for Government Officials from Kyrgyzstan, 2021 (Online)

            Organizer: Ministry of Commerce of the People's Republic of China
            Implementing institution: Xinjiang International Economic Cooperation Training Center
            Dates: 7 to 20 June 2021
            Eligible country: Kyrgyzstan
            Participants: government officials of the customs service
            Number of participants: 25
            Course content: customs supervision and clearance facilitation
            """;
    static final String REVISION = """
            关于调整《2021年吉尔吉斯斯坦政府官员海关管理研修班（线上）》举办时间的通知

            2021年吉尔吉斯斯坦政府官员海关管理研修班（线上）

            一、原定时间：2021年6月7日至6月20日
            二、调整后时间：2021年7月5日至7月18日
            三、其他事项不变。
            """;
    static final String OTHER_TOPIC = """
            2021年吉尔吉斯斯坦政府官员数字经济研修班（线上）

            一、主办单位：商务部
            二、项目时间：2021年6月7日至6月20日
            三、参训国家：吉尔吉斯斯坦
            四、参训对象：政府官员
            五、课程内容：数字经济与电子商务
            """;
    static final String OTHER_YEAR = NOTICE.replace("2021", "2022");
    /**
     * A course like it in the same year, for the same officials and on the same topic, later: another
     * program (it scores 0.65 on roles, topics and type; its dates keep it apart).
     */
    static final String SECOND_SESSION = NOTICE.replace("海关管理研修班", "海关监管研修班")
            .replace("2021年6月7日至6月20日", "2021年9月6日至9月19日");

    @TempDir
    Path tmp;

    private int build(Path store, Path... files) {
        List<String> args = new ArrayList<>(List.of("build", "--store", store.toString()));
        for (Path f : files) {
            args.add(f.toString());
        }
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return AtlasCommand.run(sink, sink, args.toArray(String[]::new));
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static List<String> column(Path store, String query, String var) throws Exception {
        try (AtlasStore s = AtlasStore.openExisting(store)) {
            return s.read(() -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.create(PREFIXES + query, s.dataset())) {
                    ResultSet rs = qe.execSelect();
                    rs.forEachRemaining(r -> out.add(r.get(var).isLiteral()
                            ? r.getLiteral(var).getLexicalForm() : r.getResource(var).getURI()));
                }
                return out;
            });
        }
    }

    @Test
    void aNoticeItsTranslationAndItsRevisionAreOneProgramWithTheRevisedDates() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, build(store, write("notice.txt", NOTICE), write("notice-en.txt", ENGLISH_VERSION),
                write("revision.txt", REVISION)));
        assertEquals(1, column(store, "SELECT DISTINCT ?p { ?p a atlas:Program }", "p").size());
        assertEquals(List.of("notice-en.txt", "notice.txt", "revision.txt"), column(store,
                "SELECT ?path { ?p a atlas:Program . ?d atlas:describes ?p ; atlas:sourcePath ?path } ORDER BY ?path", "path")
                .stream().map(x -> x.substring(x.lastIndexOf('/') + 1)).toList());
        assertEquals(List.of("2021-07-05"), column(store, "SELECT ?d { ?p atlas:startDate ?d }", "d"));
        assertEquals(List.of("2021-07-18"), column(store, "SELECT ?d { ?p atlas:endDate ?d }", "d"));
        // the earlier dates stay queryable through their claims, marked superseded by the revision
        assertEquals(List.of("2021-06-07", "2021-06-07"), column(store, """
                SELECT ?o { ?c rdf:predicate atlas:startDate ; rdf:object ?o ; atlas:supersededBy ?rev .
                            ?rev atlas:sourcePath ?path FILTER(STRENDS(?path, "revision.txt")) } ORDER BY ?o""", "o"));
    }

    @Test
    void programsThatDifferInTopicOrYearStayApart() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, build(store, write("notice.txt", NOTICE), write("other-topic.txt", OTHER_TOPIC),
                write("other-year.txt", OTHER_YEAR)));
        assertEquals(3, column(store, "SELECT DISTINCT ?p { ?p a atlas:Program }", "p").size());
    }

    @Test
    void twoSessionsWithDifferentDatesStayApartAndTheRevisionJoinsItsOwn() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, build(store, write("notice.txt", NOTICE), write("second.txt", SECOND_SESSION),
                write("revision.txt", REVISION)));
        assertEquals(List.of("notice.txt revision.txt", "second.txt"), column(store, """
                SELECT (GROUP_CONCAT(?file; separator=" ") AS ?files) {
                  { SELECT ?p ?file { ?d atlas:describes ?p ; atlas:sourcePath ?path
                                      BIND(REPLACE(?path, "^.*/", "") AS ?file) } ORDER BY ?file }
                } GROUP BY ?p ORDER BY ?files""", "files"));
        assertEquals(List.of("2021-07-05", "2021-09-06"), column(store, "SELECT ?d { ?p atlas:startDate ?d } ORDER BY ?d", "d"));
    }

    @Test
    void aProgramKeepsItsIriWhenMoreFilesAboutItArrive() throws Exception {
        Path store = tmp.resolve("store");
        Path english = write("notice-en.txt", ENGLISH_VERSION);
        assertEquals(0, build(store, english));
        List<String> before = column(store, "SELECT DISTINCT ?p { ?p a atlas:Program }", "p");
        assertEquals(0, build(store, english, write("notice.txt", NOTICE), write("revision.txt", REVISION)));
        assertEquals(before, column(store, "SELECT DISTINCT ?p { ?p a atlas:Program }", "p"));
    }
}
