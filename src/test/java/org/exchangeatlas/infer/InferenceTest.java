package org.exchangeatlas.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.exchangeatlas.cli.Cli;
import org.exchangeatlas.cli.Cli.Result;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds small notices written here into TDB2 stores through the command line, then reads the
 * inferred graph with SPARQL: the members of a group in the program's year, never China, never a
 * country the notice lists itself, the wider tier and proxies only when asked for and marked so.
 */
class InferenceTest {
    static final String PREFIXES = """
            PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
            PREFIX rdf:   <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov:  <http://www.w3.org/ns/prov#>
            """;
    static final String INFERRED = "<" + AtlasTerms.INFERRED_GRAPH + ">";

    @TempDir
    static Path tmp;
    static Path notices;
    static Path store;
    static Result build;

    static Result atlas(String... args) {
        return Cli.run(args);
    }

    /** A notice in the usual numbered sections; {@code year} may be empty (no year anywhere). */
    static void notice(Path dir, String file, String year, String target, String topic, String invited)
            throws IOException {
        String title = (year.isEmpty() ? "" : year + "年") + target + "政府官员" + topic + "研修班";
        String dates = year.isEmpty() ? "另行通知" : year + "年9月10日至9月30日";
        Files.writeString(dir.resolve(file), title + "\n\n一、项目名称\n" + title + "\n\n二、主办单位\n商务部\n\n"
                + "三、承办单位\n浙江国际培训学院\n\n四、项目时间\n" + dates + "\n\n五、培训方式\n来华集中培训\n\n"
                + "六、参训国家\n" + invited + "\n", StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void buildNotices() throws IOException {
        notices = Files.createDirectories(tmp.resolve("notices"));
        notice(notices, "sco-2016.txt", "2016", "上海合作组织成员国", "海关管理", "上海合作组织成员国");
        // a second source for the same program: its group fact gets a second claim
        notice(notices, "sco-2016-copy.txt", "2016", "上海合作组织成员国", "海关管理", "上海合作组织成员国\n（以本通知为准）");
        notice(notices, "sco-2018.txt", "2018", "上海合作组织成员国", "数字经济", "上海合作组织成员国");
        notice(notices, "sco-2024.txt", "2024", "上海合作组织成员国", "减贫", "上海合作组织成员国");
        notice(notices, "sco-2018-listed.txt", "2018", "上海合作组织成员国", "执法", "哈萨克斯坦、俄罗斯");
        notice(notices, "lmc-2020.txt", "2020", "澜湄合作国家", "农业", "澜湄合作国家");
        notice(notices, "russian-2021.txt", "2021", "俄语国家", "治国理政", "俄语国家");
        notice(notices, "developing-2021.txt", "2021", "发展中国家", "网络空间治理", "发展中国家");
        notice(notices, "africa-2019.txt", "2019", "非洲国家", "公共卫生", "非洲国家");
        notice(notices, "sco-undated.txt", "", "上海合作组织成员国", "港口管理", "上海合作组织成员国");
        store = tmp.resolve("store");
        build = atlas("build", "--store", store.toString(), notices.toString());
    }

    static List<String> select(Path storeDir, String query, String var) throws Exception {
        try (AtlasStore s = AtlasStore.openExisting(storeDir)) {
            return s.read(() -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.create(PREFIXES + query, s.dataset())) {
                    qe.execSelect().forEachRemaining((QuerySolution row) -> out.add(row.get(var).isLiteral()
                            ? row.getLiteral(var).getLexicalForm() : row.getResource(var).getURI()));
                }
                return out;
            });
        }
    }

    static boolean ask(Path storeDir, String query) throws Exception {
        try (AtlasStore s = AtlasStore.openExisting(storeDir)) {
            return s.read(() -> {
                try (QueryExecution qe = QueryExecution.create(PREFIXES + query, s.dataset())) {
                    return qe.execAsk();
                }
            });
        }
    }

    /** The ISO codes of the countries inferred for the program whose title has {@code topic}. */
    static List<String> inferred(Path storeDir, String topic) throws Exception {
        return select(storeDir, """
                SELECT DISTINCT ?code WHERE {
                  ?p atlas:title ?t . FILTER(CONTAINS(STR(?t), "%s"))
                  GRAPH %s { ?p atlas:targetCountry ?c }
                  BIND(STRAFTER(STR(?c), "/country/") AS ?code)
                } ORDER BY ?code""".formatted(topic, INFERRED), "code");
    }

    @Test
    void theBuildReadsEveryNoticeAndReportsItsInferences() {
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().lines().anyMatch(l -> l.matches("\\s*programs without year \\(not inferred\\)\\s+1")),
                build.out());
        assertTrue(build.out().lines().anyMatch(l -> l.matches("\\s*inferred facts\\s+\\d+")), build.out());
        // the Russian-speaking program (wider tier) and the developing-countries one (proxy)
        assertTrue(build.out().lines().anyMatch(
                l -> l.matches("\\s*programs with members held back \\(wider tier, proxy\\)\\s+2")), build.out());
    }

    @Test
    void scoTargetsGiveTheMembersOfTheProgramsYear() throws Exception {
        assertEquals(List.of("KG", "KZ", "RU", "TJ", "UZ"), inferred(store, "海关管理"));
        assertEquals(List.of("IN", "KG", "KZ", "PK", "RU", "TJ", "UZ"), inferred(store, "数字经济"));
        // Belarus joined on 2024-07-04: a member in the program's year
        assertEquals(List.of("BY", "IN", "IR", "KG", "KZ", "PK", "RU", "TJ", "UZ"), inferred(store, "减贫"));
    }

    @Test
    void anInvitedCountryListIsTheTargetSetAndTheGroupAddsNone() throws Exception {
        assertEquals(List.of(), inferred(store, "执法"));
        List<String> targets = select(store, """
                SELECT DISTINCT ?code WHERE {
                  ?p atlas:title ?t ; atlas:targetCountry ?c . FILTER(CONTAINS(STR(?t), "执法"))
                  BIND(STRAFTER(STR(?c), "/country/") AS ?code)
                } ORDER BY ?code""", "code");
        assertEquals(List.of("KZ", "RU"), targets);
    }

    @Test
    void noInferredFactRepeatsAStatedOne() throws Exception {
        assertFalse(ask(store, """
                ASK {
                  GRAPH %s { ?p atlas:targetCountry ?c }
                  GRAPH ?g { ?p atlas:targetCountry ?c }
                  FILTER(?g != %s)
                }""".formatted(INFERRED, INFERRED)));
    }

    @Test
    void chinaIsNeverInferred() throws Exception {
        assertEquals(List.of("KH", "LA", "MM", "TH", "VN"), inferred(store, "农业"));
        assertFalse(ask(store, "ASK { GRAPH " + INFERRED
                + " { ?p atlas:targetCountry <https://w3id.org/exchange-atlas/id/country/CN> } }"));
    }

    @Test
    void aProgramWithoutYearGetsNoCountry() throws Exception {
        assertEquals(List.of(), inferred(store, "港口管理"));
    }

    @Test
    void regionMembersAreInferred() throws Exception {
        List<String> africa = inferred(store, "公共卫生");
        assertEquals(54, africa.size(), africa::toString);
        assertTrue(africa.containsAll(List.of("ET", "NG", "ZA", "EG", "KE")), africa::toString);
    }

    @Test
    void theWiderTierAndProxiesOnlyWhenAskedAndMarkedSo() throws Exception {
        assertEquals(List.of("BY", "KG", "KZ", "RU"), inferred(store, "治国理政"));
        assertEquals(List.of("https://w3id.org/exchange-atlas/id/tier/core"), select(store, """
                SELECT DISTINCT ?tier WHERE { GRAPH %s { ?i a atlas:Inference ; atlas:usedTier ?tier } }"""
                .formatted(INFERRED), "tier"));
        assertEquals(List.of(), inferred(store, "网络空间治理"));
        assertFalse(ask(store, "ASK { GRAPH " + INFERRED + " { ?i atlas:usedProxy ?g } }"));

        Path wide = tmp.resolve("wide");
        Result r = atlas("build", "--store", wide.toString(), "--infer-wider-tier", "--infer-proxies", notices.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(
                l -> l.matches("\\s*programs with members held back \\(wider tier, proxy\\)\\s+0")), r.out());
        assertEquals(List.of("AM", "AZ", "BY", "GE", "KG", "KZ", "MD", "RU", "TJ", "TM", "UA", "UZ"),
                inferred(wide, "治国理政"));
        assertEquals(List.of("AM", "AZ", "GE", "MD", "TJ", "TM", "UA", "UZ"), select(wide, """
                SELECT ?code WHERE {
                  GRAPH %s { ?i a atlas:Inference ; rdf:object ?c ;
                               atlas:usedTier <https://w3id.org/exchange-atlas/id/tier/wider> }
                  BIND(STRAFTER(STR(?c), "/country/") AS ?code)
                } ORDER BY ?code""".formatted(INFERRED), "code"));
        List<String> developing = inferred(wide, "网络空间治理");
        assertEquals(133, developing.size(), developing::toString);
        assertFalse(developing.contains("CN"));
        List<String> proxies = select(wide, """
                SELECT DISTINCT ?proxy ?group WHERE {
                  GRAPH %s { ?i a atlas:Inference ; atlas:usedProxy ?proxy ; atlas:viaGroup ?group }
                }""".formatted(INFERRED), "proxy");
        assertEquals(List.of("https://w3id.org/exchange-atlas/id/group/g77"), proxies);
        // the options change nothing else
        assertEquals(inferred(store, "减贫"), inferred(wide, "减贫"));
    }

    @Test
    void anInferenceNamesItsStatementTheMembershipAndEveryClaimOfTheGroupFact() throws Exception {
        String program = select(store, """
                SELECT DISTINCT ?p WHERE { ?p atlas:title ?t . FILTER(CONTAINS(STR(?t), "海关管理")) }""", "p").get(0);
        String kz = "https://w3id.org/exchange-atlas/id/country/KZ";
        String membership = "https://w3id.org/exchange-atlas/id/membership/sco/KZ";
        String node = Iris.inference(program, kz, membership);
        String about = "GRAPH " + INFERRED + " { <" + node + "> a atlas:Inference ; rdf:subject <" + program
                + "> ; rdf:predicate atlas:targetCountry ; rdf:object <" + kz + "> ; prov:wasDerivedFrom <"
                + membership + "> ; atlas:viaGroup <https://w3id.org/exchange-atlas/id/group/sco> }";
        assertTrue(ask(store, "ASK { " + about + " }"), node);
        String groupFact = "?claim a atlas:Claim ; rdf:subject <" + program
                + "> ; rdf:predicate atlas:targetGroup ; rdf:object <https://w3id.org/exchange-atlas/id/group/sco> ;"
                + " prov:wasDerivedFrom ?doc .";
        List<String> derivedFrom = select(store, "SELECT ?x WHERE { GRAPH " + INFERRED + " { <" + node
                + "> prov:wasDerivedFrom ?x } } ORDER BY ?x", "x");
        List<String> expected = new ArrayList<>(select(store, "SELECT ?claim WHERE { " + groupFact + " }", "claim"));
        expected.add(membership);
        assertEquals(expected.stream().sorted().toList(), derivedFrom);
        // the group fact as both notices state it
        assertEquals(2, select(store, "SELECT DISTINCT ?doc WHERE { " + groupFact + " }", "doc").size());
    }

    @Test
    void everyInferredFactHasAnInferenceAndNoClaim() throws Exception {
        assertFalse(ask(store, """
                ASK {
                  GRAPH %s { ?p atlas:targetCountry ?c }
                  FILTER NOT EXISTS { GRAPH %s { ?i a atlas:Inference ; rdf:subject ?p ;
                                                   rdf:predicate atlas:targetCountry ; rdf:object ?c } }
                }""".formatted(INFERRED, INFERRED)));
        assertFalse(ask(store, "ASK { GRAPH " + INFERRED + " { ?x a atlas:Claim } }"));
    }

    @Test
    void aRebuildGivesTheSameInferredGraph() throws Exception {
        Path again = tmp.resolve("again");
        assertEquals(0, atlas("build", "--store", again.toString(), notices.toString()).code());
        Graph first = inferredGraph(again);
        assertEquals(0, atlas("build", "--store", again.toString(), notices.toString()).code());
        Graph second = inferredGraph(again);
        assertTrue(first.size() > 100, "only " + first.size() + " triples");
        assertEquals(first.size(), second.size());
        assertTrue(first.isIsomorphicWith(second));
        assertTrue(first.isIsomorphicWith(inferredGraph(store)), "another store, the same inferences");
    }

    static Graph inferredGraph(Path storeDir) throws Exception {
        try (AtlasStore s = AtlasStore.openExisting(storeDir)) {
            return s.read(() -> {
                Graph g = GraphFactory.createDefaultGraph();
                s.datasetGraph().getGraph(NodeFactory.createURI(AtlasTerms.INFERRED_GRAPH)).find().forEachRemaining(g::add);
                return g;
            });
        }
    }

    @Test
    void statsTellStatedFromInferredFacts() throws Exception {
        long facts = Long.parseLong(select(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?c WHERE { GRAPH "
                + INFERRED + " { ?p atlas:targetCountry ?c } } }", "n").get(0));
        Result r = atlas("stats", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*inferred facts\\s+" + facts)), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*stated facts\\s+[1-9]\\d*")), r.out());
        assertTrue(build.out().lines().anyMatch(l -> l.matches("\\s*inferred facts\\s+" + facts)), build.out());
    }
}
