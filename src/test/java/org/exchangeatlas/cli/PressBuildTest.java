package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.DocumentKinds;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.JusTextSettings;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.PageCues;
import org.exchangeatlas.source.PageFurnitureFinder;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code samples/press/} and one clean notice through the command line and checks the
 * graph an analyst queries: reported programs, a meeting, figures and their claims, the furniture
 * recorded on each document and shown by {@code stats}.
 */
class PressBuildTest {
    @TempDir
    static Path tmp;
    static Path store;

    private static final String PREFIXES = """
            PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    @BeforeAll
    static void build() {
        store = tmp.resolve("store");
        Cli.Result r = Cli.run("build", "--store", store.toString(), "samples/press",
                "samples/notices/2021-russophone-local-leaders.txt");
        assertEquals(0, r.code(), r::toString);
    }

    private static List<String> rows(String sparql) {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", PREFIXES + sparql);
        assertEquals(0, r.code(), r::toString);
        return r.out().lines().skip(1).toList();
    }

    @Test
    void reportedProgramsAreProgramsWithALabelAndNoTitle() {
        List<String> programs = rows("""
                SELECT ?label WHERE {
                  ?p a atlas:ReportedProgram , atlas:Program ; skos:prefLabel ?label .
                  FILTER NOT EXISTS { ?p atlas:title ?t }
                } ORDER BY ?label""");
        assertEquals(List.of(
                "Ministry of Commerce program from Russian-speaking countries (reported)",
                "\"Ministry of Commerce seminar on blockchain and digital economy for government officials from ASEAN, 2022 (reported)\"",
                "\"Ministry of Commerce seminar on poverty reduction for government officials from Laos and Cambodia,"
                        + " 2023 (reported)\"", // opened in Kunming "on Monday", in a dispatch of March 2023
                "\"Ministry of Public Security training course on law enforcement for law-enforcement officers from"
                        + " Shanghai Cooperation Organization, 2022 (reported)\""), programs);
        // the 2021 seminar is one program, stated by the wire story, the analysis, its copy and the notice
        assertEquals(List.of("4"), rows("""
                SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {
                  ?c rdf:subject ?p ; rdf:predicate atlas:organizer ; prov:wasDerivedFrom ?doc .
                  ?p a atlas:ReportedProgram ; atlas:year ?y . FILTER(STR(?y) = "2021")
                }"""));
    }

    @Test
    void theWireStoryAndTheNoticeItReportsAreOneProgram() {
        List<String> sources = rows("""
                SELECT ?path WHERE {
                  ?p a atlas:ReportedProgram ; atlas:title "2021年俄语国家地方政府领导人治国理政与减贫研修班"@zh .
                  ?d atlas:describes ?p ; atlas:sourcePath ?path .
                } ORDER BY ?path""");
        assertEquals(List.of("samples/notices/2021-russophone-local-leaders.txt",
                "samples/press/2021-10-russophone-local-leaders-wire.txt",
                "samples/press/2024-06-mofcom-files-analysis.txt",
                "samples/press/2024-06-mofcom-files-mirror.html"), sources);
    }
    @Test
    void aMeetingIsAnEngagementWithItsClaimAndNoProgram() {
        assertEquals(List.of("https://w3id.org/exchange-atlas/id/country/CU,true"), rows("""
                SELECT ?country (CONTAINS(?exact, "met with a delegation of the Communist Party of Cuba") AS ?quoted) WHERE {
                  <https://w3id.org/exchange-atlas/id/body/ild> atlas:engagedWith ?country .
                  ?c rdf:subject <https://w3id.org/exchange-atlas/id/body/ild> ; rdf:predicate atlas:engagedWith ;
                     oa:hasSelector/oa:exact ?exact .
                }"""));
        assertEquals(List.of("0"), rows(
                "SELECT (COUNT(?p) AS ?n) WHERE { ?p atlas:organizer <https://w3id.org/exchange-atlas/id/body/ild> }"));
    }

    @Test
    void theFiguresAreFactsAboutTheDocumentWithClaims() {
        assertEquals(List.of("1691,795,21123,111,10,2021,2022"), rows("""
                SELECT ?files ?programs ?participants ?hosts ?bodies ?from ?to WHERE {
                  ?d atlas:sourcePath "samples/press/2024-06-mofcom-files-analysis.txt" ;
                     atlas:reportedFileCount ?files ; atlas:reportedProgramCount ?programs ;
                     atlas:reportedParticipantCount ?participants ; atlas:reportedHostUnitCount ?hosts ;
                     atlas:reportedBodyCount ?bodies ; atlas:reportedPeriodStart ?from ; atlas:reportedPeriodEnd ?to .
                  ?c rdf:subject ?d ; rdf:predicate atlas:reportedFileCount ; rdf:object ?files .
                }"""));
    }

    @Test
    void noClaimQuotesThePageFurniture() {
        assertEquals(List.of("0"), rows("""
                SELECT (COUNT(?c) AS ?n) WHERE {
                  ?c a atlas:Claim ; oa:hasSelector/oa:exact ?exact .
                  FILTER(REGEX(?exact, "BlackRock|Exxon|Kazakhstan signs|Kyrgyzstan should|Tajikistan|Mongolia|Kenya sent|Afghanistan|©"))
                }"""));
    }

    @Test
    void eachDocumentRecordsItsFurnitureAndStatsShowsIt() throws Exception {
        Vocabulary vocab = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
        LanguageGuesser languages = new LanguageGuesser();
        DocumentReader reader = new DocumentReader(DocumentKinds.standard(), languages,
                new PageFurnitureFinder(PageCues.from(vocab), JusTextSettings.standard(), languages));
        long passages = 0;
        long characters = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples/press"))) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            Document d = reader.read(f, f.toString());
            passages += d.setAside().size();
            characters += d.setAsideChars();
            assertEquals(List.of(d.setAside().size() + "," + d.setAsideChars()), rows("SELECT ?p ?c WHERE { ?d atlas:sourcePath \""
                    + f.toString().replace('\\', '/') + "\" ; atlas:setAsidePassages ?p ; atlas:setAsideCharacters ?c }"));
        }
        assertEquals(List.of("0,0"), rows("SELECT ?p ?c WHERE { ?d atlas:sourcePath "
                + "\"samples/notices/2021-russophone-local-leaders.txt\" ; atlas:setAsidePassages ?p ; atlas:setAsideCharacters ?c }"));
        assertEquals(4, passages);

        Cli.Result stats = Cli.run("stats", "--store", store.toString());
        assertEquals(0, stats.code(), stats::toString);
        String out = stats.out();
        int at = out.indexOf("Page furniture set aside");
        assertTrue(at > 0, out);
        List<String> section = out.substring(at).lines().map(String::strip).toList();
        assertEquals("documents 2", section.get(1).replaceAll("\\s+", " "));
        assertEquals("passages " + passages, section.get(2).replaceAll("\\s+", " "));
        assertEquals("characters " + characters, section.get(3).replaceAll("\\s+", " "));
        assertTrue(section.get(5).startsWith("Furniture by document (top 5)"), out);
        Document analysis = reader.read(Path.of("samples/press/2024-06-mofcom-files-analysis.txt"), "a");
        Document mirror = reader.read(Path.of("samples/press/2024-06-mofcom-files-mirror.html"), "m");
        Document larger = analysis.setAsideChars() >= mirror.setAsideChars() ? analysis : mirror;
        String path = larger == analysis ? "samples/press/2024-06-mofcom-files-analysis.txt"
                : "samples/press/2024-06-mofcom-files-mirror.html";
        assertEquals(path + " " + larger.setAsideChars() + " characters in " + larger.setAside().size() + " passages",
                section.get(6).replaceAll("\\s+", " "));
    }
}
