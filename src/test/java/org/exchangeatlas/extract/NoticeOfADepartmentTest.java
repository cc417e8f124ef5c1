package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A ministry department's notice of several programs: its head names the department on a line
 * above the title (the ministry organizes them all), its items are numbered fields under each
 * program's heading (计划名额, 参加对象), and its notes speak in passing of a postponed program
 * whose bracketed fields belong to no program of the notice.
 */
class NoticeOfADepartmentTest {
    private static final String NOTICE = """
            水利部国际合作与科技司
            关于2025年水利援外培训项目招生工作的通知

            各有关驻外使馆经济商务处：

            一、项目情况

            （一）2025年南亚国家小水电站运行管理研修班
              1. 承办单位：岷江水电职业学院
              2. 举办时间：2025年5月6日至5月26日
              3. 邀请国家：尼泊尔、斯里兰卡、孟加拉国
              4. 计划名额：24人
              5. 参加对象：各国能源、水利部门的处级以上官员

            （二）2025年非洲国家农村供水技术培训班
              1. 承办单位：黄河水利技术学院
              2. 举办时间：2025年6月10日至6月30日
              3. 邀请国家：肯尼亚、加纳、赞比亚
              4. 计划名额：28人
              5. 参加对象：各国水利部门的技术人员

            二、其他事项

              原定于2025年4月举办的“2025年东盟国家防洪减灾研修班”（承办单位：珠江水利干部学院；邀请国家：越南、老挝），推迟至2026年举办。
            """;

    @Test
    void theDepartmentsMinistryOrganizesEachProgramWithItsOwnCountAndNoneOfThePostponedOnesCountries() {
        ExtractionHarness.Extracted x = ExtractionHarness.run(NOTICE);
        assertEquals(2, x.programs().size());
        assertEquals(new TreeSet<>(Set.of("mwr")), x.values("organizer"));
        assertEquals(new TreeSet<>(Set.of("24", "28")), x.values("participantCount"));
        assertEquals(new TreeSet<>(Set.of("NP", "LK", "BD", "KE", "GH", "ZM")), x.values("targetCountry"),
                "not the postponed program's Vietnam and Laos");
        assertEquals(new TreeSet<>(Set.of("government-officials", "technicians")), x.values("participantRole"));
    }

    @Test
    void itemsNumberedInLowerRomanAreFieldsTheCountryOnAContinuationLineIsNoBodyAndTheModeFieldGivesTheDays() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                RE: TRAINING OPPORTUNITIES OFFERED BY CHINA

                1. TRAINING COURSE ON RADIO ARCHIVE DIGITIZATION FOR DEVELOPING COUNTRIES

                   (i)   Sponsor: National Radio and Television Administration (NRTA),
                         China
                   (ii)  Host: Nanjing Broadcasting Vocational College
                   (iii) Mode: online. Sessions will run from 3rd to 14th November,
                         2025, in the mornings
                   (iv)  Target: engineers of public broadcasters
                """, "en");
        assertEquals(new TreeSet<>(Set.of("nrta")), x.values("organizer"));
        assertEquals(new TreeSet<>(Set.of("Nanjing Broadcasting Vocational College")), x.values("host"));
        assertEquals(new TreeSet<>(Set.of("2025-11-03")), x.values("startDate"));
        assertEquals(new TreeSet<>(Set.of("2025-11-14")), x.values("endDate"));
    }

    @Test
    void aRevisionInProseNamesItsProgramsOrganizerInABracketAfterTheName() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                关于调整2024年东盟国家橡胶种植技术培训班举办时间的通知

                我办此前印发的通知中，“2024年东盟国家橡胶种植技术培训班”（主办单位：商务部；承办单位：滇南橡胶职业学院）原定于2024年5月6日至5月26日举办。
                现将该培训班举办时间调整为2024年6月3日至6月23日。
                """);
        assertEquals(new TreeSet<>(Set.of("mofcom")), x.values("organizer"));
        assertEquals(new TreeSet<>(Set.of("滇南橡胶职业学院")), x.values("host"));
    }

    @Test
    void aTotalIsTheCountNotEachCountrysQuota() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2026年中亚国家水资源管理研修班
                一、主办单位：水利部
                二、邀请对象：哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦3国水利部门官员，每国5至6人，总规模17人。
                """);
        assertEquals(new TreeSet<>(Set.of("17")), x.values("participantCount"));
        ExtractionHarness.Extracted y = ExtractionHarness.run("""
                2026年中亚国家水资源管理研修班
                一、主办单位：水利部
                二、参训对象及名额：哈萨克斯坦、吉尔吉斯斯坦两国水利部门官员，每国8名。
                """);
        assertEquals(new TreeSet<>(), y.values("participantCount"), "a country's quota is not the program's count");
    }
}
