package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Countries a notice names in the prose of its fields rather than in a field of their own: the
 * participants field's 面向…等国家, and 拟邀请国家 after a full stop; a language named in the same
 * field is no country.
 */
class NoticeProseFieldsTest {
    private static final String NOTICE = """
            2024年发展中国家水稻种植技术培训班
            一、主办单位：农业农村部
            二、承办单位：华中热带农业学院
            三、培训时间：2024年4月8日至4月28日
            四、招生对象
            面向柬埔寨、孟加拉国、马达加斯加等发展中国家农业主管部门的处级官员，能用西班牙语或英语交流。拟邀请国家：柬埔寨、孟加拉国、马达加斯加、尼日利亚。
            五、学员名额：30人
            """;

    @Test
    void countriesInTheParticipantsProseAndAfterAFullStopAreTargets() {
        ExtractionHarness.Extracted x = ExtractionHarness.run(NOTICE);
        assertEquals(new TreeSet<>(Set.of("KH", "BD", "MG", "NG")), x.values("targetCountry"));
        assertEquals(new TreeSet<>(Set.of("developing-countries")), x.values("targetGroup"));
        assertEquals(new TreeSet<>(Set.of("30")), x.values("participantCount"));
    }

    @Test
    void aNoticeWithoutACountFieldGivesTheNumberItPlansToAdmit() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2024年东盟国家渔业资源管理研修班
                一、主办单位：农业农村部
                二、承办单位：南海水产职业学院
                三、项目概况
                本期研修班面向东盟国家，计划招收学员26名，研修时间为2024年6月3日至6月23日。
                """);
        assertEquals(new TreeSet<>(Set.of("26")), x.values("participantCount"));
    }

    @Test
    void besideASponsorTheOrganizerIsTheHostAndALabelMayCarryABracket() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2024 Seminar on Rural Water Supply for Officials from Pacific Island Countries
                Sponsor: Ministry of Commerce (MOFCOM), People's Republic of China
                Organizer (Implementing Institution): Hainan Water Resources Vocational College
                Form: Online
                Dates: 3-16 June 2024
                """, "en");
        assertEquals(new TreeSet<>(Set.of("mofcom")), x.values("organizer"));
        assertEquals(new TreeSet<>(Set.of("Hainan Water Resources Vocational College")), x.values("host"));
        assertEquals(new TreeSet<>(Set.of("online")), x.values("delivery"));
    }

    @Test
    void aNoticeWrittenPartlyInProseStatesItsOrganizerHostAndDatesThere() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2024年中亚国家棉花种植技术研修班项目简介

                一、项目概况
                本项目由中华人民共和国农业农村部主办，新疆棉花科技培训中心承办。研修班于2024年9月2日至9月22日在乌鲁木齐举办，报名截止日期为2024年7月31日。

                二、邀请国家
                哈萨克斯坦、乌兹别克斯坦、塔吉克斯坦

                三、学员名额
                25人
                """);
        assertEquals(new TreeSet<>(Set.of("mara")), x.values("organizer"));
        assertEquals(new TreeSet<>(Set.of("新疆棉花科技培训中心")), x.values("host"));
        assertEquals(new TreeSet<>(Set.of("2024-09-02")), x.values("startDate"));
        assertEquals(new TreeSet<>(Set.of("2024-09-22")), x.values("endDate"), "the deadline is no date of the program");
    }
}
