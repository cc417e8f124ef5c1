package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the PDF and DOCX samples, the coded tables and their broken versions through the command
 * line into a TDB2 store, and checks what lands: each broken file is one line and the rest lands;
 * the PDF's and DOCX's facts and the tables' facts carry claims whose offsets hold exactly their
 * quote in the document's kept text; a program in a notice and a table is one program.
 */
class DocumentsAndTablesBuildTest {
    @TempDir
    static Path dir;
    static Path store;
    static Cli.Result build;

    static final List<String> BROKEN = List.of(
            "samples/broken/truncated.pdf",
            "samples/broken/not-a-zip.docx",
            "samples/broken/unterminated-quote.csv",
            "samples/broken/not-json.json",
            "samples/broken/no-mapping.csv",
            "samples/broken/wrong-column.csv");

    @BeforeAll
    static void buildDocumentsAndTables() {
        store = dir.resolve("store");
        List<String> args = new java.util.ArrayList<>(List.of("build", "--store", store.toString(),
                "samples/documents", "samples/coded"));
        args.addAll(BROKEN);
        build = Cli.run(args.toArray(String[]::new));
    }

    private static List<String> select(String query) {
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv",
                "PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>\n"
                        + "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
                        + "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
                        + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
                        + "PREFIX id: <https://w3id.org/exchange-atlas/id/>\n" + query);
        assertEquals(0, r.code(), r::toString);
        return r.out().lines().skip(1).toList();
    }

    @Test
    void eachBrokenFileIsOneLineAndTheRestLands() {
        assertEquals(1, build.code(), build::toString);
        assertEquals(List.of(
                "samples/broken/truncated.pdf: cannot read as application/pdf: damaged or truncated file",
                "samples/broken/not-a-zip.docx: cannot read as "
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document: its bytes are of no known format",
                "samples/broken/unterminated-quote.csv: row 4: unterminated quoted cell (the quote opens at line 4, "
                        + "column 1 and is never closed)",
                "samples/broken/not-json.json: not valid JSON: line 3, column 3: Unexpected character ('{' (code 123)): "
                        + "was expecting comma to separate Array entries",
                "samples/broken/no-mapping.csv: no mapping file no-mapping.mapping.json beside it",
                "samples/broken/wrong-column.csv: mapping file wrong-column.mapping.json names column \"hosts\" (for host), "
                        + "which the table does not have"), build.errLines(), build::toString);
        assertEquals(List.of(
                "samples/coded/courses.jsonl,application/jsonl,mul",
                "samples/coded/programs.csv,text/csv,mul",
                "samples/coded/trainings.json,application/json,mul",
                "samples/coded/unresolved-values.csv,text/csv,mul",
                "samples/documents/2022-english-notice-egypt-customs.pdf,application/pdf,en",
                "samples/documents/2023-notice-serbia-rule-of-law.docx,"
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,zh"),
                select("PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                        + "SELECT ?path ?type ?lang WHERE { ?d a atlas:Document ; atlas:sourcePath ?path ; "
                        + "atlas:mediaType ?type ; dcterms:language ?lang } ORDER BY ?path"));
        assertTrue(build.out().contains("Ignored (no document kind): samples/coded/courses.mapping.json, "
                + "samples/coded/programs.mapping.json, samples/coded/trainings.mapping.json, "
                + "samples/coded/unresolved-values.mapping.json"), build::toString);
    }

    @Test
    void valuesThatDoNotResolveAreCountedAsNotUnderstoodByRowAndColumn() {
        assertTrue(build.out().lines().anyMatch(l -> l.matches("\\s*not understood\\s+5")), build::toString);
        assertTrue(build.out().contains(
                "  samples/coded/unresolved-values.csv: row 2, column countries: no country named \"Narnia\"\n"), build::toString);
    }

    /** Every claim of the document at {@code path}: property, object, start, end, exact; and whether the text holds the quote there. */
    private static List<String> claims(String path, String subjectFilter) {
        return select("SELECT ?p ?o ?start ?end ?exact ?holds WHERE {\n"
                + "  ?d atlas:sourcePath \"" + path + "\" ; atlas:text ?text .\n"
                + "  ?c prov:wasDerivedFrom ?d ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; oa:hasSelector ?sel .\n"
                + "  ?sel oa:start ?start ; oa:end ?end ; oa:exact ?exact .\n"
                + "  " + subjectFilter + "\n"
                + "  BIND(SUBSTR(?text, ?start + 1, ?end - ?start) = ?exact AS ?holds)\n"
                + "} ORDER BY ?start ?p ?o");
    }

    @Test
    void theDocxNoticesFactsCiteTheExtractedText() {
        List<String> rows = claims("samples/documents/2023-notice-serbia-rule-of-law.docx",
                "FILTER(?p IN (atlas:organizer, atlas:targetCountry, atlas:host))");
        assertEquals(List.of(
                "https://w3id.org/exchange-atlas/ontology#targetCountry,https://w3id.org/exchange-atlas/id/country/RS,123,127,塞尔维亚,true",
                "https://w3id.org/exchange-atlas/ontology#organizer,https://w3id.org/exchange-atlas/id/body/moj,148,158,中华人民共和国司法部,true",
                "https://w3id.org/exchange-atlas/ontology#host,https://w3id.org/exchange-atlas/id/org/4aff09525df872cd,166,180,中国政法大学国际司法交流中心,true",
                "https://w3id.org/exchange-atlas/ontology#targetCountry,https://w3id.org/exchange-atlas/id/country/RS,242,246,塞尔维亚,true",
                // the participants field names the country they come from too
                "https://w3id.org/exchange-atlas/ontology#targetCountry,https://w3id.org/exchange-atlas/id/country/RS,254,258,塞尔维亚,true"),
                rows);
    }

    @Test
    void thePdfNoticesFactsCiteTheExtractedText() {
        List<String> rows = claims("samples/documents/2022-english-notice-egypt-customs.pdf",
                "FILTER(?p IN (atlas:organizer, atlas:targetCountry, atlas:host))");
        assertEquals(List.of(
                "https://w3id.org/exchange-atlas/ontology#targetCountry,https://w3id.org/exchange-atlas/id/country/EG,121,126,Egypt,true",
                "https://w3id.org/exchange-atlas/ontology#organizer,https://w3id.org/exchange-atlas/id/body/mofcom,441,495,"
                        + "Ministry of Commerce of the People's Republic of China,true",
                "https://w3id.org/exchange-atlas/ontology#host,https://w3id.org/exchange-atlas/id/org/8e32188bc2792ee0,523,554,"
                        + "Qingdao Customs Training Centre,true",
                "https://w3id.org/exchange-atlas/ontology#targetCountry,https://w3id.org/exchange-atlas/id/country/EG,768,773,Egypt,true",
                // the participants field names the country they come from too, by its adjective and its name
                "https://w3id.org/exchange-atlas/ontology#targetCountry,https://w3id.org/exchange-atlas/id/country/EG,858,866,Egyptian,true",
                "https://w3id.org/exchange-atlas/ontology#targetCountry,https://w3id.org/exchange-atlas/id/country/EG,919,924,Egypt,true"),
                rows);
    }

    @Test
    void aTableClaimCitesTheFileAndTheCellsCharacters() throws Exception {
        String csv = Files.readString(Path.of("samples/coded/programs.csv"), StandardCharsets.UTF_8);
        String title = "Seminar on Anti-Corruption for Division-Level Officials from Mongolia";
        int row = csv.indexOf(title);
        String line = csv.substring(row, csv.indexOf('\n', row));
        // The row has no quoted cell: cell i starts after the i-th comma.
        String[] cells = line.split(",", -1);
        int[] at = new int[cells.length];
        for (int i = 0, offset = row; i < cells.length; offset += cells[i].length() + 1, i++) {
            at[i] = offset;
        }
        String ns = "https://w3id.org/exchange-atlas/ontology#";
        String id = "https://w3id.org/exchange-atlas/id/";
        assertEquals(List.of(
                ns + "title," + title + "," + at[0] + "," + (at[0] + title.length()) + "," + title + ",true",
                ns + "year,2023," + at[1] + "," + (at[1] + 4) + ",2023,true",
                ns + "organizer," + id + "body/mofcom," + at[2] + "," + (at[2] + 20) + ",Ministry of Commerce,true",
                ns + "targetCountry," + id + "country/MN," + at[4] + "," + (at[4] + 2) + ",蒙古,true",
                ns + "participantRole," + id + "role/division-officials," + at[6] + "," + (at[6] + 24)
                        + ",division-level officials,true",
                ns + "topic," + id + "topic/anti-corruption," + at[7] + "," + (at[7] + 15) + ",anti-corruption,true",
                ns + "requirement," + id + "requirement/rank," + at[8] + "," + (at[8] + 16) + ",rank requirement,true",
                ns + "startDate,2023-09-11," + at[9] + "," + (at[9] + 10) + ",2023-09-11,true",
                ns + "endDate,2023-09-24," + at[10] + "," + (at[10] + 10) + ",2023-09-24,true",
                ns + "participantCount,20," + at[11] + "," + (at[11] + 2) + ",20,true"),
                claims("samples/coded/programs.csv", "?s atlas:title \"" + title + "\"@en ."));
    }

    @Test
    void aChangedMappingIsAChangedTableOnTheNextBuild(@TempDir Path work) throws Exception {
        Path table = work.resolve("trainings.json");
        Path mapping = work.resolve("trainings.mapping.json");
        Files.copy(Path.of("samples/coded/trainings.json"), table);
        Files.copy(Path.of("samples/coded/trainings.mapping.json"), mapping);
        Path own = work.resolve("store");
        Cli.Result first = Cli.run("build", "--store", own.toString(), work.toString());
        assertEquals(0, first.code(), first::toString);
        Cli.Result same = Cli.run("build", "--store", own.toString(), work.toString());
        assertTrue(same.out().lines().anyMatch(l -> l.matches("\\s*unchanged files \\(not read\\)\\s+1")), same::toString);

        Files.writeString(mapping, Files.readString(mapping).replace("\"seats\"", "\"places\""));
        Files.setLastModifiedTime(mapping, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(table).toMillis() + 60_000));
        Cli.Result changed = Cli.run("build", "--store", own.toString(), work.toString());
        assertEquals(List.of(table + ": mapping file trainings.mapping.json names column \"places\" (for participantCount), "
                + "which the table does not have"), changed.errLines(), changed::toString);
    }

    @Test
    void aProgramInANoticeAndATableIsOneProgramWithClaimsFromBoth() {
        assertEquals(List.of(
                "samples/coded/programs.csv,Ministry of Justice",
                "samples/documents/2023-notice-serbia-rule-of-law.docx,中华人民共和国司法部"),
                select("SELECT ?path ?exact WHERE {\n"
                        + "  ?p atlas:title \"2023年塞尔维亚法官和检察官法治建设研修班\"@zh .\n"
                        + "  ?c rdf:subject ?p ; rdf:predicate atlas:organizer ; rdf:object <https://w3id.org/exchange-atlas/id/body/moj> ;\n"
                        + "     prov:wasDerivedFrom ?d ; oa:hasSelector ?sel .\n"
                        + "  ?sel oa:exact ?exact . ?d atlas:sourcePath ?path } ORDER BY ?path"));
        assertEquals(List.of("samples/coded/trainings.json", "samples/documents/2022-english-notice-egypt-customs.pdf"),
                select("SELECT ?path WHERE {\n"
                        + "  ?d atlas:describes ?p ; atlas:sourcePath ?path .\n"
                        + "  ?p atlas:title \"Seminar on Customs Administration for Government Officials from Egypt, 2022\"@en }"
                        + " ORDER BY ?path"));
    }
}
