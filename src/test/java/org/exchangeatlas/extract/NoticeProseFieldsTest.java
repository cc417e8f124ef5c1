package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void aNoticeOfSeveralProgramsGivesEachItsOwnFieldsAndTheSharedOnes() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                关于做好2024年第二批援外培训项目招生工作的通知

                一、项目安排
                本批项目均由商务部主办。
                (一)
                项目名称:2024年东盟国家智慧农业研修班
                承办单位:南国农业职业学院
                拟邀请国家:越南、老挝
                计划人数:20人
                (二)
                项目名称:2024年太平洋岛国渔业管理研修班
                承办单位:东海水产学院
                拟邀请国家:斐济、汤加
                计划人数:18人

                二、学员条件
                年龄一般不超过50周岁。
                """);
        assertEquals(List.of("2024年东盟国家智慧农业研修班", "2024年太平洋岛国渔业管理研修班"),
                x.programs().stream().map(ProgramRecord::title).sorted().toList());
        String farming = x.programs().stream().filter(p -> p.title().contains("农业")).findFirst().orElseThrow().iri();
        String fishery = x.programs().stream().filter(p -> p.title().contains("渔业")).findFirst().orElseThrow().iri();
        assertEquals(Set.of("VN", "LA"), of(x, farming, "targetCountry"));
        assertEquals(Set.of("FJ", "TO"), of(x, fishery, "targetCountry"));
        assertEquals(Set.of("18"), of(x, fishery, "participantCount"));
        assertEquals(Set.of("age-limit"), of(x, fishery, "requirement"), "the shared part holds for each");
        assertEquals(Set.of("age-limit"), of(x, farming, "requirement"));
    }

    private static Set<String> of(ExtractionHarness.Extracted x, String subject, String local) {
        Set<String> out = new TreeSet<>();
        x.raw().stream().filter(f -> f.subject().equals(subject) && f.predicate().endsWith("#" + local)).forEach(f ->
                out.add(f.object() instanceof Value.Iri i ? i.iri().substring(i.iri().lastIndexOf('/') + 1)
                        : f.object() instanceof Value.Typed t ? t.lexical() : f.object().toString()));
        return out;
    }

    @Test
    void aTableOfProgramsGivesAProgramARowAndNoneForACancelledRow() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                关于2024年度援外培训项目安排的通知

                序号\t项目名称\t主办单位\t承办单位\t拟邀请国家\t学员名额\t备注
                1\t2024年东盟国家竹藤编织技术研修班\t商务部\t南方林业职业学院\t越南、老挝\t20\t
                2\t2024年非洲国家木材加工技术研修班\t商务部\t南方林业职业学院\t加纳、喀麦隆\t22\t
                3\t2024年中亚国家林下经济研修班\t商务部\t南方林业职业学院\t哈萨克斯坦\t18\t已取消

                各项目学员年龄原则上在50周岁以下。
                """);
        assertEquals(List.of("2024年东盟国家竹藤编织技术研修班", "2024年非洲国家木材加工技术研修班"),
                x.programs().stream().map(ProgramRecord::title).sorted().toList());
        String africa = x.programs().stream().filter(p -> p.title().contains("非洲")).findFirst().orElseThrow().iri();
        assertEquals(Set.of("GH", "CM"), of(x, africa, "targetCountry"));
        assertEquals(Set.of("22"), of(x, africa, "participantCount"));
        assertEquals(Set.of("mofcom"), of(x, africa, "organizer"));
    }

    @Test
    void aTableWrittenWithBarsIsReadLikeOneWithTabs() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                关于下达2026年度技术培训班项目计划的通知

                序号 | 项目名称 | 承办单位 | 主要招收区域/国家 | 计划人数
                1 | 北斗卫星导航系统应用技术国际培训班 | 华中空间信息技术研究院 | 东盟国家 | 25
                2 | 荒漠化防治技术国际培训班 | 河西生态研究院 | 中亚国家 | 20
                """);
        assertEquals(2, x.programs().size());
        String desert = x.programs().stream().filter(p -> p.title().contains("荒漠化")).findFirst().orElseThrow().iri();
        assertEquals(Set.of("central-asia"), of(x, desert, "targetGroup"));
        assertEquals(Set.of("20"), of(x, desert, "participantCount"));
    }

    @Test
    void programsUnderSubHeadingsWhoseFieldsRepeatAreEachAProgram() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                关于举办2026年两期农业技术研修班的通知

                一、项目安排
                （一）2026年澜湄国家水稻种植技术研修班
                1. 培训时间：2026年5月12日至6月1日
                2. 拟邀请国家：柬埔寨、老挝
                3. 招收名额：25人
                （二）2026年东盟国家果蔬保鲜技术研修班
                1. 培训时间：2026年9月8日至9月28日
                2. 拟邀请国家：泰国、越南
                3. 招收名额：30人

                二、学员条件
                年龄在50周岁以下。
                """);
        assertEquals(List.of("2026年东盟国家果蔬保鲜技术研修班", "2026年澜湄国家水稻种植技术研修班"),
                x.programs().stream().map(ProgramRecord::title).sorted().toList());
        String asean = x.programs().stream().filter(p -> p.title().contains("东盟")).findFirst().orElseThrow().iri();
        assertEquals(Set.of("TH", "VN"), of(x, asean, "targetCountry"));
        assertEquals(Set.of("30"), of(x, asean, "participantCount"));
        assertEquals(Set.of("2026-09-08"), of(x, asean, "startDate"));
    }

    @Test
    void sectionsThatBeginWithTheirHostAreEachAProgramOfTheBodyThatIssuesTheNotice() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                商务部办公厅关于2026年第三批援外培训项目招生工作的通知

                各有关驻外使（领）馆经济商务处：

                一、项目情况
                （一）2026年葡语国家中医药服务管理研修班
                1.承办单位：滨湖中医药大学
                2.举办时间：2026年6月2日至6月22日
                3.拟邀请国家：安哥拉、莫桑比克
                （二）2026年中亚国家跨境电商研修班
                1.承办单位：西域商贸职业学院
                2.举办时间：2026年8月4日至8月18日
                3.拟邀请国家：哈萨克斯坦、乌兹别克斯坦

                二、学员条件
                年龄不超过50岁，身体健康。
                """);
        assertEquals(2, x.programs().size());
        String lusophone = x.programs().stream().filter(p -> p.title().contains("葡语")).findFirst().orElseThrow().iri();
        String asia = x.programs().stream().filter(p -> p.title().contains("中亚")).findFirst().orElseThrow().iri();
        assertEquals(1, of(x, lusophone, "host").size());
        assertEquals(1, of(x, asia, "host").size(), "the host field above the dates begins the section");
        assertEquals(new TreeSet<>(Set.of("滨湖中医药大学", "西域商贸职业学院")), x.values("host"));
        assertEquals(Set.of("KZ", "UZ"), of(x, asia, "targetCountry"));
        assertEquals(Set.of("2026-08-04"), of(x, asia, "startDate"));
        assertEquals(1, of(x, asia, "organizer").size(), "the ministry's office that issues the notice of its aid programs");
        assertEquals(Set.of("age-limit", "health"), of(x, asia, "requirement"));
    }

    @Test
    void labelledTitleLinesAndTheOpeningProseAboveThemAreRead() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                东岭气象培训中心
                关于2026年下半年援外培训项目学员招收工作的通知

                受商务部委托，东岭气象培训中心将于2026年下半年承办以下两期援外培训项目。

                一、项目一：2026年非洲国家气象灾害预警研修班
                （一）时间：2026年10月12日至11月1日
                （二）招收人数：20人
                二、项目二：2026年太平洋岛国气候服务研修班
                （一）时间：2026年11月9日至11月22日
                （二）招收人数：16人
                """);
        assertEquals(List.of("2026年太平洋岛国气候服务研修班", "2026年非洲国家气象灾害预警研修班"),
                x.programs().stream().map(ProgramRecord::title).sorted().toList());
        String pacific = x.programs().stream().filter(p -> p.title().contains("太平洋")).findFirst().orElseThrow().iri();
        assertEquals(Set.of("mofcom"), of(x, pacific, "organizer"));
        assertEquals(1, of(x, pacific, "host").size(), "将于2026年下半年承办");
        assertEquals(new TreeSet<>(Set.of("东岭气象培训中心")), x.values("host"));
        assertEquals(Set.of("16"), of(x, pacific, "participantCount"));
    }

    @Test
    void numberedProgramLinesOfAnEnglishNoticeEachBeginAProgram() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                Notice on the Second Batch of 2026 Training Programmes

                The Ministry of Commerce of the People's Republic of China (MOFCOM) will sponsor the following programmes.

                1. Seminar on Port Logistics for Developing Countries
                   Duration: 4 May - 24 May 2026
                   Implementing agency: Eastbay Maritime Institute

                2. Workshop on Rice Seed Production for African Countries
                   Duration: 8 June - 28 June 2026
                   Implementing agency: Southlake Agricultural College

                General requirements for applicants:
                Applicants should be under 45 years of age and in good health.
                """, "en");
        assertEquals(2, x.programs().size());
        String port = x.programs().stream().filter(p -> p.title().contains("Port")).findFirst().orElseThrow().iri();
        assertEquals(Set.of("mofcom"), of(x, port, "organizer"));
        assertEquals(Set.of("developing-countries"), of(x, port, "targetGroup"), "not the next program's Africa");
        assertEquals(1, of(x, port, "host").size());
        assertEquals(new TreeSet<>(Set.of("Eastbay Maritime Institute", "Southlake Agricultural College")), x.values("host"));
        assertEquals(Set.of("age-limit", "health"), of(x, port, "requirement"));
    }

    @Test
    void englishRequirementsWrittenAsPhrases() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2026 Seminar on Broadcasting Development for Pacific Island Countries
                Organizer: Ministry of Commerce of the People's Republic of China
                Duration: 6 May - 26 May 2026
                Requirements for participants:
                1. Middle-level management or above in a broadcasting authority;
                2. Aged between 25 and 50;
                3. Proficient in English.
                """, "en");
        assertEquals(new TreeSet<>(Set.of("rank", "age-limit", "language")), x.values("requirement"));
    }

    @Test
    void aNoticeLaidOutFieldByFieldGivesEachProgramItsOwnItems() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                北湾渔业培训中心
                关于2026年两期援外培训项目招收学员的通知

                一、项目名称
                （一）2026年发展中国家淡水鱼苗繁育技术培训班
                （二）2026年印度洋岛国海洋渔业执法官员研修班

                二、举办时间
                （一）淡水鱼苗繁育技术培训班：2026年6月2日至6月22日。
                （二）海洋渔业执法官员研修班：2026年9月8日至9月28日。

                三、拟邀请国家
                （一）淡水鱼苗繁育技术培训班：孟加拉国、尼泊尔。
                （二）海洋渔业执法官员研修班：毛里求斯、塞舌尔。
                """);
        assertEquals(2, x.programs().size());
        String ocean = x.programs().stream().filter(p -> p.title().contains("印度洋")).findFirst().orElseThrow().iri();
        String fry = x.programs().stream().filter(p -> p.title().contains("鱼苗")).findFirst().orElseThrow().iri();
        assertEquals(Set.of("MU", "SC"), of(x, ocean, "targetCountry"), "not India (印度洋), not the other program's countries");
        assertEquals(Set.of("2026-09-08"), of(x, ocean, "startDate"));
        assertEquals(Set.of("BD", "NP"), of(x, fry, "targetCountry"));
        assertEquals(Set.of("2026-06-22"), of(x, fry, "endDate"));
    }
}
