package org.exchangeatlas.extract.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.TreeSet;
import org.exchangeatlas.model.AtlasTerms;
import org.junit.jupiter.api.Test;

/** A release that counts sessions of training without naming them, written for this test. */
class AggregateProgramsTest {
    private static final String RELEASE = """
            农业农村部：2023年面向东盟国家举办援外培训班24期

            2024-01-15　来源：国际合作司

            2023年，农业农村部面向东盟国家举办线上和线下援外培训班24期，培训各国农业官员和技术人员860人，内容涉及渔业、减贫等领域。
            此外，农业农村部还为老挝、柬埔寨量身定制了5期双边研修班。
            下一步，农业农村部将举办更多培训班10期。
            """;

    @Test
    void eachSentenceCountingSessionsIsOneReportedProgramWithWhatItStates() {
        NewsExtractorTest.Read r = NewsExtractorTest.read(RELEASE);
        assertEquals(2, r.programs().size(), "the two sentences of sessions run; the plan for next year is none");
        r.programs().forEach(p -> {
            assertNull(p.title());
            assertEquals(AtlasTerms.REPORTED_PROGRAM, p.typeIri());
        });
        assertEquals(new TreeSet<>(Set.of("mara")), r.values("organizer"));
        assertEquals(new TreeSet<>(Set.of("860")), r.values("participantCount"));
        assertEquals(new TreeSet<>(Set.of("KH", "LA")), r.values("targetCountry"));
        assertEquals(new TreeSet<>(Set.of("agriculture", "fisheries", "poverty-reduction")), r.values("topic"),
                "农业官员 says agriculture, the fields it covers say the rest");
        assertEquals(new TreeSet<>(Set.of("2023")), r.values("year"),
                "the heading's and the first sentence's year; the dateline (2024) dates the release, not the programs");
    }

    @Test
    void theYearSoFarBesideANamedProgramIsOneYearAndAUnitOfABodyDoesNotMakeThatBodyItsOrganizer() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                2025年老挝水稻种植技术海外培训班在万象结业

                2025年6月3日，2025年老挝水稻种植技术海外培训班在万象结业，该班由商务部主办，共有学员30名。
                今年以来，农业农村部对外经济合作中心已在老挝、缅甸执行商务部境外培训项目4期，累计培训当地技术人员150名。中心计划明年在柬埔寨举办类似培训。
                """);
        assertEquals(2, r.programs().size());
        String aggregate = r.programs().stream().filter(p -> p.title() == null).findFirst().orElseThrow().iri();
        assertEquals(new TreeSet<>(Set.of("mofcom")), r.values(aggregate, "organizer"));
        assertEquals(new TreeSet<>(Set.of("LA", "MM")), r.values(aggregate, "targetCountry"), "not the plan's Cambodia");
        assertEquals(new TreeSet<>(Set.of("150")), r.values(aggregate, "participantCount"));
        assertEquals(new TreeSet<>(Set.of("2025")), r.values(aggregate, "year"));
    }

    @Test
    void aSessionBeingPlannedIsNoProgramRun() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                2026年东盟国家数字乡村建设线上培训班开班

                3月18日，由科技部主办、我院承办的“2026年东盟国家数字乡村建设线上培训班”开班，共有学员40名。
                院方还透露，正在筹划2027年在老挝万象举办一期境外培训班，培训当地技术人员30名。
                """);
        assertEquals(1, r.programs().size(), "the class being planned for 2027 is none");
    }

    @Test
    void theNumberTrainedAfterALongListOfWhoTheyWere() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                2023年林业对外培训工作综述

                2023年，国家林业和草原局全年共举办对外培训项目18期，培训来自40个国家的林业官员、技术人员和林业企业管理人员612名。
                """);
        assertEquals(new TreeSet<>(Set.of("612")), r.values("participantCount"));
    }

    @Test
    void theRestOfItsParagraphSaysMoreOfTheProgramsCounted() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                2023年全省援外培训工作综述

                2023年，全省共承办商务部援外培训项目40期。共培训来自老挝、缅甸等国家的官员和技术人员980人。

                另据统计，省内高校全年接待外国留学生3000人。
                """);
        assertEquals(1, r.programs().size());
        assertEquals(new TreeSet<>(Set.of("LA", "MM")), r.values("targetCountry"));
        assertEquals(new TreeSet<>(Set.of("980")), r.values("participantCount"), "not the students of the next paragraph");
    }

    @Test
    void aYearsSumBesideNamedProgramsIsReportedAndItsOwningBodyOrganizesThemButYearsBeforeAreNot() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                某省2025年援外培训工作回顾

                2025年，我厅组织省内承办单位全年共承办商务部援外培训项目12期，共培训来自40个国家的政府官员和技术人员350人。

                一、东江学院承办的“2025年老挝水稻种植技术培训班”于6月2日至6月22日举办，来自老挝的24名技术人员参加。

                二、该学院自2016年起累计承办援外培训项目50期，培训学员1200人。
                """);
        assertEquals(2, r.programs().size(), "the year's sum and the named course; not the years since 2016");
        assertEquals(new TreeSet<>(Set.of("mofcom")), r.values("organizer"));
        assertEquals(new TreeSet<>(Set.of("24", "350")), r.values("participantCount"));
    }
}
