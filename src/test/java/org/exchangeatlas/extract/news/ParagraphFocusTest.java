package org.exchangeatlas.extract.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.exchangeatlas.extract.ProgramRecord;
import org.junit.jupiter.api.Test;

/**
 * Pages written for this test: two programs opened together, then described paragraph by
 * paragraph under their names without targets, with the units in a line of credits at the foot;
 * a paper's dateline before the day of an opening; trainees studying at the page's own institution.
 */
class ParagraphFocusTest {
    private static final String TWO = """
            北岭农业职业学院 新闻网

            两期援外培训项目联合开班

            9月2日上午，“2024年中亚国家设施农业技术培训班”和“2024年东盟国家农产品电子商务研修班”联合开班仪式在学院报告厅举行。

            设施农业技术培训班为期20天。共18名学员分别来自哈萨克斯坦、乌兹别克斯坦两国的农业部门。

            农产品电子商务研修班为期14天。共21名学员分别来自越南、老挝和柬埔寨三国。

            (主办单位:商务部　　承办单位:北岭农业职业学院)
            """;

    @Test
    void aParagraphIsAboutTheProgramItNamesAndCreditsNameEveryProgramsUnits() {
        NewsExtractorTest.Read r = NewsExtractorTest.read(TWO);
        String farming = r.iri("2024年中亚国家设施农业技术培训班");
        String commerce = r.iri("2024年东盟国家农产品电子商务研修班");
        assertEquals(set("KZ", "UZ"), r.values(farming, "targetCountry"));
        assertEquals(set("VN", "LA", "KH"), r.values(commerce, "targetCountry"));
        assertEquals(set("18"), r.values(farming, "participantCount"));
        assertEquals(set("21"), r.values(commerce, "participantCount"));
        assertEquals(set("government-officials"), r.values(farming, "participantRole"), "来自…农业部门");
        assertEquals(set("mofcom"), r.values(farming, "organizer"));
        assertEquals(set("mofcom"), r.values(commerce, "organizer"));
        assertEquals(set("北岭农业职业学院"), r.values("host"));
        assertEquals(r.values(farming, "host"), r.values(commerce, "host"), "the credits name both programs' host");
    }

    @Test
    void aNumberedHeadingThatNamesOneProgramHoldsTheParagraphsUnderIt() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                南江医学院 新闻网

                两期援外培训项目联合结业

                6月28日，由商务部主办、我院承办的“2025年柬埔寨乡村医生培训班”和“2025年发展中国家医学影像设备维护研修班”联合结业典礼举行。

                一、柬埔寨乡村医生培训班

                该培训班于6月9日开班，共有16名来自柬埔寨卫生部及各省卫生厅的官员参加。

                二、发展中国家医学影像设备维护研修班

                该研修班于6月16日开班，共有20名来自老挝、缅甸和尼泊尔3个国家的医院技术人员参加。
                """);
        String village = r.iri("2025年柬埔寨乡村医生培训班");
        String imaging = r.iri("2025年发展中国家医学影像设备维护研修班");
        assertEquals(set("16"), r.values(village, "participantCount"));
        assertEquals(set("20"), r.values(imaging, "participantCount"));
        assertEquals(set("2025-06-09"), r.values(village, "startDate"));
        assertEquals(set("2025-06-16"), r.values(imaging, "startDate"));
        assertEquals(set("LA", "MM", "NP"), r.values(imaging, "targetCountry"));
    }

    @Test
    void aDatelinesDayIsNotTheOpeningsAndTraineesAtOurCentreMakeItTheHost() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                东湖国际经济技术交流中心 > 中心动态

                研修班学员赴武汉开展现场教学

                本报武汉5月9日电（记者 李明）由商务部主办的“2023年非洲国家港口物流管理研修班”8日开班。

                正在我中心参加“2023年非洲国家港口物流管理研修班”的学员走进阳逻港。

                东湖国际经济技术交流中心 版权所有
                """);
        String port = r.iri("2023年非洲国家港口物流管理研修班");
        assertEquals(set("2023-05-08"), r.values(port, "startDate"));
        assertEquals(set("东湖国际经济技术交流中心"), r.values("host"));
        assertEquals(1, r.values(port, "host").size());
    }

    private static TreeSet<String> set(String... values) {
        return new TreeSet<>(Set.of(values));
    }


}
