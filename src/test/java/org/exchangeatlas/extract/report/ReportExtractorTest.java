package org.exchangeatlas.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.source.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reporting extractor on the press samples ({@code samples/press/}, listed with the facts each
 * must give in {@code samples/README.md}): the programs and the bodies and targets tied to them,
 * meetings, figures, and nothing from the furniture around the articles.
 */
class ReportExtractorTest {
    private static final String PRESS = "samples/press/";
    private static final String ANALYSIS = PRESS + "2024-06-mofcom-files-analysis.txt";
    private static final String MIRROR = PRESS + "2024-06-mofcom-files-mirror.html";
    private static final String WIRE = PRESS + "2021-10-russophone-local-leaders-wire.txt";
    private static final String SCO = PRESS + "2022-11-sco-law-enforcement-training.txt";
    private static final String ILD = PRESS + "2023-03-ild-cuba-meeting.txt";

    private static ReportHarness.Read read(String file) throws Exception {
        return ReportHarness.read(Path.of(file));
    }

    @Test
    void eachArticleReportsExactlyItsProgramsWithTheirBodiesAndTargets() throws Exception {
        Set<String> files = Set.of("mofcom | asean | 2022", "mofcom | russian-speaking | -",
                "mofcom | russian-speaking | 2021");
        assertEquals(files, read(ANALYSIS).programSummaries());
        assertEquals(files, read(MIRROR).programSummaries());
        assertEquals(Set.of("mofcom | BY,KG,KZ,UZ,russian-speaking | 2021"), read(WIRE).programSummaries());
        assertEquals(Set.of("mps | sco | 2022"), read(SCO).programSummaries());
        assertEquals(Set.of("mofcom | KH,LA | 2023"), read(ILD).programSummaries()); // opened "on Monday" in a dispatch of March 2023
    }

    @Test
    void theCopyOnASecondSiteGivesTheSamePrograms() throws Exception {
        List<String> analysis = read(ANALYSIS).programs().stream().map(ProgramRecord::iri).sorted().toList();
        List<String> mirror = read(MIRROR).programs().stream().map(ProgramRecord::iri).sorted().toList();
        assertEquals(analysis, mirror);
        assertTrue(read(ANALYSIS).programs().stream().allMatch(p -> p.title() == null
                && p.typeIri().equals(AtlasTerms.REPORTED_PROGRAM)));
    }

    @Test
    void theProgramsCarryTheirRolesTopicsRequirementsAndKinds() throws Exception {
        ReportHarness.Read r = read(ANALYSIS);
        String asean = program(r, "mofcom | asean | 2022");
        assertEquals(Set.of("blockchain", "digital-economy"), r.values(asean, "topic"));
        assertEquals(Set.of("prior-exchange-report"), r.values(asean, "requirement"));
        assertEquals(Set.of("seminar"), r.values(asean, "programType"));
        String seminar = program(r, "mofcom | russian-speaking | 2021");
        assertEquals(Set.of("governance", "poverty-reduction"), r.values(seminar, "topic"));
        assertEquals(Set.of("local-government-leaders"), r.values(seminar, "participantRole"));
        assertEquals(Set.of("online"), r.values(seminar, "delivery"));

        ReportHarness.Read sco = read(SCO);
        String course = program(sco, "mps | sco | 2022");
        assertEquals(Set.of("law-enforcement-officers"), sco.values(course, "participantRole"));
        assertEquals(Set.of("law-enforcement"), sco.values(course, "topic"));
        assertEquals(Set.of("prior-exchange-report"), sco.values(course, "requirement"));
        assertEquals(Set.of("training-course"), sco.values(course, "programType"));
    }

    @Test
    void aMeetingIsAnEngagementAndNoProgram() throws Exception {
        ReportHarness.Read r = read(ILD);
        String ild = AtlasTerms.id("body", "ild");
        assertEquals(Set.of("ild engagedWith CU"), engagements(r));
        assertTrue(r.facts().stream().filter(f -> f.subject().equals(ild))
                .allMatch(f -> f.predicate().equals(AtlasTerms.ENGAGED_WITH)));
        assertTrue(r.programs().stream().noneMatch(p -> r.values(p.iri(), "organizer").contains("ild")));
        assertTrue(r.triples().stream().noneMatch(t -> t.endsWith(" CU") && !t.startsWith("ild ")),
                "Cuba is no program's target: " + r.triples());
    }

    @Test
    void aBodyNamedBesideATargetWithoutItsProgramGetsNoTarget() throws Exception {
        ReportHarness.Read analysis = read(ANALYSIS);
        // "The Ministry of Public Security, which has built close ties with police forces in Central Asia, ..."
        assertTrue(analysis.triples().stream().noneMatch(t -> t.contains("mps") || t.contains("central-asia")),
                analysis.triples().toString());
        // "... similar programs, among them the International Department of the CPC Central Committee."
        assertTrue(analysis.triples().stream().noneMatch(t -> t.contains("ild")), analysis.triples().toString());
        ReportHarness.Read ild = read(ILD);
        // "The Ministry of Foreign Affairs said ... that relations with Vietnam were ..." (another paragraph)
        assertTrue(ild.triples().stream().noneMatch(t -> t.contains("mfa") || t.endsWith(" VN")), ild.triples().toString());
        ReportHarness.Read sco = read(SCO);
        // "Kazakhstan's interior ministry said in September that it would deepen police cooperation ..."
        assertTrue(sco.triples().stream().noneMatch(t -> t.endsWith(" KZ")), sco.triples().toString());
    }

    @Test
    void theFiguresAreClaimsAboutTheDocumentWithExactValues() throws Exception {
        Map<String, TreeSet<String>> files = Map.of(
                "reportedFileCount", set("1691"), "reportedProgramCount", set("795"),
                "reportedParticipantCount", set("21123"), "reportedHostUnitCount", set("111"),
                "reportedBodyCount", set("10"), "reportedPeriodStart", set("2021"), "reportedPeriodEnd", set("2022"));
        assertEquals(files, read(ANALYSIS).figures());
        assertEquals(files, read(MIRROR).figures());
        assertEquals(Map.of("reportedParticipantCount", set("40")), read(WIRE).figures());
        assertEquals(Map.of("reportedParticipantCount", set("300")), read(SCO).figures());
        assertEquals(Map.of(), read(ILD).figures());
        ReportHarness.Read r = read(ANALYSIS);
        Fact files1691 = r.facts().stream().filter(f -> f.predicate().endsWith("reportedFileCount")).findFirst().orElseThrow();
        assertEquals("A report released on Thursday by the Atlantic Council's Global China Hub examined 1,691 files that"
                + " the ministry logged online in 2021 and 2022.", files1691.span().of(r.document().text()));
    }

    @ParameterizedTest
    @ValueSource(strings = {ANALYSIS, MIRROR})
    void noClaimQuotesThePageFurniture(String file) throws Exception {
        ReportHarness.Read r = read(file);
        assertFalse(r.document().setAside().isEmpty(), file);
        String text = r.document().text();
        for (Fact f : r.facts()) {
            Span s = f.span();
            assertTrue(r.document().setAside().stream().noneMatch(a -> a.start() < s.end() && s.start() < a.end()),
                    file + ": a claim overlaps furniture: " + s.of(text));
            String quote = s.of(text);
            for (String furniture : List.of("BlackRock", "Exxon", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Mongolia",
                    "Turkmenistan", "Afghanistan", "Kenya", "NATO", "talking points", "Lindqvist", "Stockholm")) {
                assertFalse(quote.contains(furniture), file + ": a claim quotes " + furniture + ": " + quote);
            }
        }
        assertTrue(r.triples().stream().noneMatch(t -> t.matches(".* (KZ|KG|TJ|MN|TM|AF|KE|US|VN|PK|blackrock|exxonmobil|nato)$")),
                r.triples().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {ANALYSIS, MIRROR, WIRE, SCO, ILD})
    void everyFactCitesOneSentenceOfTheArticle(String file) throws Exception {
        ReportHarness.Read r = read(file);
        assertTrue(r.accepted(), file);
        for (Fact f : r.facts()) {
            String quote = f.span().of(r.document().text());
            assertFalse(quote.contains("\n\n"), quote);
            assertTrue(quote.matches("(?s)[\\p{Lu}\\d\"“].*[.!?\"”]"), file + ": not a sentence: " + quote);
        }
    }

    @Test
    void noticesAreLeftToTheNoticeExtractor() throws Exception {
        List<Path> notices = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples/english"))) {
            s.filter(p -> p.toString().endsWith(".txt")).forEach(notices::add);
        }
        notices.add(Path.of("samples/notices/2021-russophone-local-leaders.txt"));
        assertFalse(notices.isEmpty());
        for (Path p : notices) {
            assertFalse(ReportHarness.read(p).accepted(), p.toString());
        }
    }

    @Test
    void theEventAndALaterQuotedNameSpeakOfTheLeadsProgramAndSimilarCoursesOfNoneOfIts(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path article = dir.resolve("wire.txt");
        Files.writeString(article, """
                Customs officers from Central Asia start a course in Xi'an

                A training course on customs administration for Central Asian countries began on Monday in Xi'an, \
                with 24 customs, border and tax officials from Kazakhstan, Kyrgyzstan and Tajikistan taking part.

                The event was sponsored by China's Ministry of Commerce and is run by a customs college in the city, \
                which has held several similar courses for Africa since 2015.

                The course, officially titled "Seminar on Smart Customs for Central Asian Countries", lasts three weeks.
                """);
        ReportHarness.Read r = read(article.toString());
        assertEquals(Set.of("mofcom | KG,KZ,TJ,central-asia | -"), r.programSummaries());
        ProgramRecord p = r.programs().get(0);
        assertEquals("Seminar on Smart Customs for Central Asian Countries", p.title());
        assertEquals(set("24"), r.values(p.iri(), "participantCount"));
        assertEquals(set("in-china"), r.values(p.iri(), "delivery"), "it began in Xi'an, and nothing is online");
    }

    @Test
    void aNameQuotedAgainReturnsToItsProgramAndWhatItsParagraphSaysIsOfThatOneOnly(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path release = dir.resolve("release.txt");
        Files.writeString(release, """
                By Staff Reporter | Published Tuesday, May 5, 2026

                On May 4, Lakeside University opened the Seminar on Fishery Management for Pacific Island Countries and the \
                Seminar on Cotton Processing for African Countries. Both seminars are sponsored by the Ministry of Commerce.

                Mr. Tevita Lolo, Second Secretary of the Embassy of Tonga in China, attended the ceremony.

                The Seminar on Fishery Management for Pacific Island Countries runs on campus until May 24. It brings together \
                26 fisheries officers from Fiji, Samoa and Vanuatu.

                The Seminar on Cotton Processing for African Countries is delivered online. A total of 31 officials from \
                Benin, Mali and Chad joined the opening, which took place from May 4 to May 15.
                """);
        ReportHarness.Read r = read(release.toString());
        ProgramRecord fish = r.programs().stream().filter(p -> p.title().contains("Fishery")).findFirst().orElseThrow();
        ProgramRecord cotton = r.programs().stream().filter(p -> p.title().contains("Cotton")).findFirst().orElseThrow();
        assertEquals(2, r.programs().size(), "each name once, though quoted again in a later paragraph");
        assertEquals(set("FJ", "VU", "WS", "pacific-islands"), union(r.values(fish.iri(), "targetCountry"), r.values(fish.iri(), "targetGroup")),
                "not Tonga, whose diplomat attended; not the cotton seminar's countries");
        assertEquals(set("BJ", "ML", "TD"), r.values(cotton.iri(), "targetCountry"));
        assertEquals(set("31"), r.values(cotton.iri(), "participantCount"), "31 officials from ... joined");
        assertEquals(set("2026-05-15"), r.values(cotton.iri(), "endDate"), "a relative clause (which took place ...) of the year of the dateline");
        assertEquals(set("mofcom"), r.values(cotton.iri(), "organizer"));
    }

    @Test
    void aLecturersEmployerAndAProgramInPreparationRunNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, """
                Twenty officials from Ghana and Kenya completed the Seminar on Solar Mini-grids for African Countries in Nanning \
                on Friday. The seminar was sponsored by China's Ministry of Commerce.

                Some of the lectures were delivered by engineers from China's Ministry of Water Resources.

                Separately, the commerce ministry is preparing a workshop on wind power for Pacific island countries.
                """);
        ReportHarness.Read r = read(report.toString());
        assertEquals(Set.of("mofcom | GH,KE,africa | -"), r.programSummaries(),
                "no program of the lecturers' ministry, none of the workshop in preparation");
    }

    @Test
    void lastYearsEditionOfTheSeminarIsAnotherProgram(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path report = dir.resolve("edition.txt");
        Files.writeString(report, """
                Eight officers from Ghana are attending the Seminar on Digital Media for English-speaking African Countries in \
                Beijing, sponsored by the Ministry of Commerce.

                Last year's edition of the seminar, which this newspaper also attended, drew participants from Namibia and Botswana.
                """);
        ReportHarness.Read r = read(report.toString());
        assertEquals(Set.of("mofcom | GH,africa,english-speaking | -"), r.programSummaries(), "not last year's countries");
    }

    @Test
    void aProgramAnotherCountryRunsIsNoneOfTheReportedBodys(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path report = dir.resolve("others.txt");
        Files.writeString(report, """
                Twenty police officers from Fiji are attending a seminar on community policing in Beijing, sponsored by \
                the Ministry of Public Security.

                New Zealand, through its own police service, separately runs a long-running training programme for \
                officers in Tonga and Samoa.
                """);
        assertEquals(Set.of("mps | FJ | -"), read(report.toString()).programSummaries(), "not New Zealand's programme");
    }

    @Test
    void aProgramWordInsideABodysNameAndAMinistrysHabitMakeNoOtherProgram(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path report = dir.resolve("habit.txt");
        Files.writeString(report, """
                Twenty officials from Ghana are attending the Seminar on Solar Power for African Countries in Wuxi, \
                sponsored by the Ministry of Commerce.

                Ms. Ama Owusu, a director at the Commission for Technical and Vocational Education and Training of Ghana, \
                spoke for the participants.

                China's Ministry of Commerce has for years funded short courses for officials from developing countries.
                """);
        assertEquals(Set.of("mofcom | GH,africa | -"), read(report.toString()).programSummaries());
    }

    private static TreeSet<String> union(TreeSet<String> a, TreeSet<String> b) {
        TreeSet<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void onlineIsADeliveryBeforeAProgramOrAfterAVerbOfDeliveryAndAYearEndingANameIsNoYear(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path taught = dir.resolve("taught.txt");
        Files.writeString(taught, """
                An online seminar on cyberspace governance for officials from Laos and Cambodia, sponsored by the \
                Ministry of Commerce, opened on Monday.
                """);
        ReportHarness.Read r = read(taught.toString());
        assertEquals(set("online"), r.values(r.programs().get(0).iri(), "delivery"));

        Path subject = dir.resolve("subject.txt");
        Files.writeString(subject, """
                A seminar on the management of online information for officials from Laos and Cambodia, sponsored by \
                the Ministry of Commerce, serves the ASEAN Vision 2030 plan.
                """);
        r = read(subject.toString());
        String p = r.programs().get(0).iri();
        assertEquals(set(), r.values(p, "delivery"), "online information is what is taught, not how");
        assertEquals(set(), r.values(p, "year"), "Vision 2030 is a name");
    }

    @Test
    void aSponsorNamedParagraphsLaterRunsTheProgramAndAProgramNoBodyRunsIsNone(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path late = dir.resolve("late.txt");
        Files.writeString(late, """
                ACCRA - Twenty agricultural officers from Ghana and Togo began a training course on irrigation on Monday.

                The officers will visit pumping stations and rice farms.

                Participants praised the hosts.

                Trainees say the visits matter most.

                The course was one of many that China finances. It was sponsored by China's Ministry of Commerce \
                as part of its aid programme.
                """);
        assertEquals(Set.of("mofcom | GH,TG | -"), read(late.toString()).programSummaries());

        Path none = dir.resolve("none.txt");
        Files.writeString(none, """
                Twenty agricultural officers from Ghana and Togo began a training course on irrigation on Monday.
                """);
        assertEquals(Set.of(), read(none.toString()).programSummaries());
    }

    @Test
    void aMinistrysOwnTrainingCenterIsNotTheMinistry(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path unit = dir.resolve("unit.txt");
        Files.writeString(unit, """
                In May 2021 the NRTA's training center hosted a seminar on digital broadcasting for officials from Laos.
                """);
        assertEquals(Set.of(), read(unit.toString()).programSummaries(), "no body is named as running it");
    }

    @Test
    void twoNamesJoinedByAndTheAreTwoProgramsAndASentenceNamingOneSpeaksOfItAlone(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path page = dir.resolve("two.txt");
        Files.writeString(page, """
                On June 2, 2024, the university opened the Seminar on Seed Quality Control for Officials from Laos and the \
                Seminar on Fisheries Management for Officials from Fiji. Both seminars are sponsored by China's Ministry of Commerce.

                The Seminar on Fisheries Management for Officials from Fiji is delivered online from June 2 to 14.
                """);
        ReportHarness.Read r = read(page.toString());
        assertEquals(Set.of("Seminar on Fisheries Management for Officials from Fiji", "Seminar on Seed Quality Control for Officials from Laos"),
                r.programs().stream().map(ProgramRecord::title).collect(java.util.stream.Collectors.toSet()));
        String fiji = r.programs().stream().filter(p -> p.title().contains("Fiji")).findFirst().orElseThrow().iri();
        String laos = r.programs().stream().filter(p -> p.title().contains("Laos")).findFirst().orElseThrow().iri();
        assertEquals(set("online"), r.values(fiji, "delivery"));
        assertEquals(set(), r.values(laos, "delivery"), "the sentence named the other seminar");
        assertEquals(set("mofcom"), r.values(laos, "organizer"));
        assertEquals(set("2024-06-14"), r.values(fiji, "endDate"));
    }

    @Test
    void officialsOfACountryAndATitleForOfficialsAreGovernmentOfficials(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path prose = dir.resolve("prose.txt");
        Files.writeString(prose, """
                China's Ministry of Commerce opened a course on port logistics for officials from Kenya and Tanzania on Monday.
                """);
        Path titled = dir.resolve("titled.txt");
        Files.writeString(titled, """
                China's Ministry of Commerce held the "Seminar on Customs Modernization for Officials from Pacific Island Countries".
                """);
        for (Path page : List.of(prose, titled)) {
            ReportHarness.Read r = read(page.toString());
            assertEquals(1, r.programs().size(), page.toString());
            assertEquals(set("government-officials"), r.values(r.programs().get(0).iri(), "participantRole"), page.toString());
        }
    }

    @Test
    void aTitleAfterAPlaceItsHeldAtATeachingUnitAndOfficialsBesideEngineers(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path page = dir.resolve("kenya.txt");
        Files.writeString(page, """
                NAIROBI, May 20, 2026 - Nine officers from the Ministry of Water are currently in Wuhan for the Seminar on \
                Dam Safety Management for African Countries. The seminar, sponsored by China's Ministry of Commerce, runs from \
                May 11 to May 31 at the Jianghan Institute of Water Resources and has drawn 30 officials and engineers from \
                Kenya, Uganda and Malawi. Lectures cover the regulation of online content as well as reservoir monitoring.

                The opening ceremony was held at the Lakeside Hall of Jianghan University.
                """);
        ReportHarness.Read r = read(page.toString());
        assertEquals(List.of("Seminar on Dam Safety Management for African Countries"),
                r.programs().stream().map(ProgramRecord::title).toList());
        String iri = r.programs().get(0).iri();
        assertEquals(set("mofcom"), r.values(iri, "organizer"));
        assertEquals(set("Jianghan Institute of Water Resources"), r.newNames(iri, "host"), "a hall of a university hosts nothing");
        assertEquals(1, r.values(iri, "host").size());
        assertEquals(set("government-officials", "technicians"), r.values(iri, "participantRole"));
        assertEquals(set("in-china"), r.values(iri, "delivery"), "'online content' is what is taught, not how");
    }

    @Test
    void anArticlesOneNamedProgramIsRunByItsOneSponsorNamedParagraphsLater(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path page = dir.resolve("lima.txt");
        Files.writeString(page, """
                LIMA, Dec 2, 2026 - Twenty officials from Peru and Bolivia took part in the Seminar on Irrigation \
                Management for Andean Countries, held in Kunming from Nov 5 to Nov 25.

                The participants visited farms and water-user associations in Yunnan. Lecturers included experts who \
                described irrigation programmes and water subsidies between 2015 and 2025.

                Officials said the lessons would feed a national irrigation plan.

                Peru's minister thanked the hosts at a reception in Lima. A counsellor of the Chinese Embassy said China \
                "is ready to deepen exchanges with Latin American countries on rural development".

                The seminar was one of the short courses that China offers each year. It was financed by China's \
                Ministry of Commerce (MOFCOM).
                """);
        ReportHarness.Read r = read(page.toString());
        String iri = r.programs().stream().filter(p -> "Seminar on Irrigation Management for Andean Countries".equals(p.title()))
                .findFirst().orElseThrow().iri();
        assertEquals(set("mofcom"), r.values(iri, "organizer"));
    }

    @Test
    void theYearOfAnotherEventAClauseNamesIsNotItsPrograms(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path page = dir.resolve("nepal.txt");
        Files.writeString(page, """
                The China-Nepal Training Course on Earthquake-Resistant Housing, sponsored by China's Ministry of Commerce, \
                is taught by engineers who rebuilt towns after the 2008 Wenchuan earthquake in Sichuan.
                """);
        ReportHarness.Read r = read(page.toString());
        assertEquals(1, r.programs().size());
        assertEquals(set(), r.values(r.programs().get(0).iri(), "year"), "2008 dates the earthquake");
    }

    @Test
    void thePlacesOfAUnitsRecordAreNotThePrograms(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path page = dir.resolve("ghana.txt");
        Files.writeString(page, """
                Twenty officials from Ghana attended the Seminar on Farm Machinery for Ghana, funded by China's Ministry of \
                Commerce and run by the Luoyang Institute of Agricultural Machinery, a college that has trained farm \
                technicians from across Asia and Latin America since 2005.
                """);
        ReportHarness.Read r = read(page.toString());
        String iri = r.programs().get(0).iri();
        assertEquals(set("GH"), r.values(iri, "targetCountry"));
        assertEquals(set(), r.values(iri, "targetGroup"), "Asia and Latin America are where the college's past trainees came from");
    }

    @Test
    void whatAPersonSaidOrWhatTraineesWillVisitNamesNoTopic(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path page = dir.resolve("kenya.txt");
        Files.writeString(page, """
                Twenty officials from Kenya attended the Seminar on Customs Administration for Kenya, sponsored by China's \
                Ministry of Commerce.

                Trainees will also visit a blockchain pilot at a port. A lecturer said tourism between the two \
                countries had grown quickly.
                """);
        ReportHarness.Read r = read(page.toString());
        assertEquals(set("customs"), r.values(r.programs().get(0).iri(), "topic"), "the title's topic; not the blockchain pilot nor tourism");
    }

    private static Set<String> engagements(ReportHarness.Read r) {
        TreeSet<String> out = new TreeSet<>();
        r.triples().stream().filter(t -> t.contains(" engagedWith ")).forEach(out::add);
        return out;
    }

    private static String program(ReportHarness.Read r, String summary) {
        for (ProgramRecord p : r.programs()) {
            ReportHarness.Read one = new ReportHarness.Read(r.document(), true, List.of(p), r.facts(), r.problems(), r.names());
            if (one.programSummaries().equals(Set.of(summary))) {
                return p.iri();
            }
        }
        throw new AssertionError("no program " + summary + " in " + r.programSummaries());
    }

    private static TreeSet<String> set(String... values) {
        return new TreeSet<>(List.of(values));
    }

    @Test
    void aPartnerGovernmentsCircularListsTheOffersTheSponsorFunds(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path circular = dir.resolve("circular.txt");
        Files.writeString(circular, """
                PUBLIC SERVICE MANAGEMENT DIVISION                                    3 June 2025

                1. The Embassy has informed the Office that the Ministry of Commerce of China will fund the following short courses.

                2. Seminar on Public Financial Management for Officials from African Countries. The seminar will take place in \
                Xiamen from 10 to 30 August 2025 and is implemented by Xiamen National Accounting Institute. Botswana has been \
                allocated three slots.
                """);
        ReportHarness.Read r = read(circular.toString());
        String seminar = r.programs().stream().filter(p -> p.title() != null && p.title().startsWith("Seminar on Public Financial"))
                .findFirst().orElseThrow().iri();
        assertEquals(set("mofcom"), r.values(seminar, "organizer"), "the sponsor of the courses the circular lists");
        assertEquals(set("BW"), r.values(seminar, "targetCountry"));
        assertEquals(set("2025-08-10"), r.values(seminar, "startDate"));
    }

    @Test
    void aNotificationsProgramIsStillToComeAndAGroupInAUnitsNameIsNoTarget(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path notice = dir.resolve("notification.txt");
        Files.writeString(notice, """
                NOTIFICATION

                The Ministry of Commerce of the People's Republic of China will hold a Seminar on Port Logistics for Pacific Island \
                Countries from 14 to 25 July 2025. The seminar is organized by the China-ASEAN Maritime Training Center.

                Units wishing to nominate candidates should send the application form by 30 June 2025.
                """);
        ReportHarness.Read r = read(notice.toString());
        String seminar = r.programs().stream().filter(p -> p.title() != null && p.title().startsWith("Seminar on Port Logistics"))
                .findFirst().orElseThrow().iri();
        assertEquals(set("mofcom"), r.values(seminar, "organizer"), "a call's programs are all to come");
        assertEquals(set("pacific-islands"), r.values(seminar, "targetGroup"), "China-ASEAN … Center names a unit, not a target");
    }
}
