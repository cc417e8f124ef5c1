package org.exchangeatlas.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Mention;
import org.junit.jupiter.api.Test;

class ParticipantReaderTest {
    private final ParticipantReader reader = new ParticipantReader(Vocab.MATCHER);

    private Participants read(String s) {
        return reader.read(s, new Span(0, s.length()));
    }

    private static List<String> slugs(List<Mention> ms) {
        return ms.stream().map(m -> m.concept().iri().substring(m.concept().iri().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void countCountriesAndRoleOfAPartialList() {
        String s = "来自越南、老挝、柬埔寨等12个国家的25名政府官员参加了开班仪式";
        Participants p = read(s);
        assertEquals(25, p.count().orElseThrow().value());
        assertEquals("25", p.count().get().span().of(s));
        assertEquals(List.of("VN", "LA", "KH"), slugs(p.countries()));
        assertEquals(List.of("government-officials"), slugs(p.roles()));
    }

    @Test
    void aTotalBeforeWhereTheTraineesComeFromIsTheirCount() {
        assertEquals(18, read("该研修班于11月6日开班，共有18名来自斯里兰卡卫生部及各省卫生服务局的官员参加。").count().get().value());
        assertEquals(22, read("共有22名来自孟加拉国、尼泊尔和赞比亚3个国家的医院设备科技术人员参加。").count().get().value());
    }

    @Test
    void countriesNamedAfterTheirNumberOrAfter面向AreTheTrainees() {
        Participants p = read("研修班共有来自4个国家的26名学员，主要为农业部门官员，分别来自肯尼亚、卢旺达、乌干达、马拉维等国。");
        assertEquals(26, p.count().orElseThrow().value());
        assertEquals(List.of("KE", "RW", "UG", "MW"), slugs(p.countries()));
        Participants q = read("培训班面向斐济、萨摩亚和汤加3个太平洋岛国，18名学员多为手工艺技术人员。");
        assertEquals(List.of("FJ", "WS", "TO"), slugs(q.countries()));
        assertEquals(List.of(), slugs(read("学院多年来面向东盟国家开展职业教育合作。").groups()), "面向 names countries, not a group's");
    }

    @Test
    void techniciansAndBusinessPeopleAreCountedFromTheirCountries() {
        assertEquals(25, read("The course brought together 25 technicians from Kenya, Ethiopia and Nigeria.").count().orElseThrow().value());
        assertEquals(34, read("Thirty-four government officials and business people from Kazakhstan and Kyrgyzstan began a course.")
                .count().orElseThrow().value());
    }

    @Test
    void theCountriesOfABreakdownByCountryAreAmongThem() {
        Participants p = read("共有来自东盟5个国家的30名官员参加，其中越南8人、老挝六名、泰国7人，女性学员12人");
        assertEquals(30, p.count().orElseThrow().value());
        assertEquals(List.of("VN", "LA", "TH"), slugs(p.countries()));
        assertEquals(List.of(), slugs(read("学员共26名，其中处级以上官员9名、女性学员11名").countries()));
    }

    @Test
    void aCountWithWordsBetweenItAndItsNounAndTwoCountsJoined() {
        assertEquals(19, read("十九名海关官员参加培训").count().orElseThrow().value());
        assertEquals(Optional.empty(), read("5名专家参加授课").count().map(Participants.Counted::value), "lecturers, not participants");
        String s = "The seminar brought together 19 officials and 8 journalists from Latin America";
        Participants p = read(s);
        assertEquals(27, p.count().orElseThrow().value());
        assertEquals("19 officials and 8", p.count().get().span().of(s));
    }

    @Test
    void aTotalBeforeItsBreakdownAndACountOfTraineesLeavingForACourse() {
        String s = "Thirty-three delegates took part: 21 government officials from Peru and Chile, and twelve editors of state radio.";
        assertEquals(33, read(s).count().orElseThrow().value());
        assertEquals("Thirty-three", read(s).count().get().span().of(s));
        assertEquals(18, read("EIGHTEEN officials drawn from the Ministry of Energy and two utilities left Accra on Monday for a "
                + "four-week seminar on grid management in China.").count().orElseThrow().value());
    }

    @Test
    void aTotalClosingAClauseAboutTheTraineesAndAnAdmissionInWords() {
        assertEquals(27, read("学员为来自老挝、缅甸两国林业部门的官员和技术人员，共二十七名。").count().orElseThrow().value());
        assertEquals(Optional.empty(), read("研修内容涉及造林、育苗等，共六个专题。").count().map(Participants.Counted::value));
        assertEquals(18, read("The workshop will admit eighteen (18) participants in total.").count().orElseThrow().value());
        assertEquals(16, read("a reception for 16 Malawian officials who will depart for China on Sunday").count().orElseThrow().value());
    }

    @Test
    void countriesListedAfterTheTraineesWordWithoutFrom() {
        Participants p = read("第二期则面向东盟国家，学员为越南、老挝、柬埔寨三国农业部门的十六名官员，为期三周。");
        assertEquals(16, p.count().orElseThrow().value());
        assertEquals(List.of("VN", "LA", "KH"), slugs(p.countries()));
    }

    @Test
    void countriesNamedAfterADashOrAColonThatFollowsTheirNumber() {
        assertEquals(List.of("MY", "TH", "VN"), slugs(read("学员来自东盟三个成员国——马来西亚、泰国和越南的海关部门。").countries()));
        assertEquals(List.of("KE", "GH"), slugs(read("学员来自两个非洲国家：肯尼亚和加纳。").countries()));
    }

    @Test
    void aRegionAndChineseNumerals() {
        Participants p = read("本期研修班共有来自9个非洲国家的二十一位学员");
        assertEquals(21, p.count().orElseThrow().value());
        assertEquals(List.of("africa"), slugs(p.groups()));
    }

    @Test
    void englishNumberWords() {
        Participants p = read("Thirty-one officials from six countries attended the opening.");
        assertEquals(31, p.count().orElseThrow().value());
    }

    @Test
    void countriesWithoutACountAndACountOfCountriesAlone() {
        Participants p = read("学员分别来自巴基斯坦、埃及和突尼斯3个国家");
        assertEquals(Optional.empty(), p.count());
        assertEquals(List.of("PK", "EG", "TN"), slugs(p.countries()));
        assertEquals(Optional.empty(), read("项目已覆盖23个国家").count());
    }

    @Test
    void aCountryNameEndingInGuoDoesNotEndTheList() {
        Participants p = read("参训学员共28人，分别来自老挝、泰国、缅甸和斯里兰卡4个国家的交通管理部门");
        assertEquals(List.of("LA", "TH", "MM", "LK"), slugs(p.countries()));
        assertEquals(28, p.count().orElseThrow().value());
    }

    @Test
    void theLastCountryBeforeTheirNumberIsInTheList() {
        Participants p = read("来自越南、柬埔寨和斯里兰卡3个国家的24名官员");
        assertEquals(List.of("VN", "KH", "LK"), slugs(p.countries()));
        assertEquals(24, p.count().orElseThrow().value());
    }

    @Test
    void englishCountriesNamedAfterTheirNumber() {
        Participants p = read("Twenty-two officials from four countries, namely Ghana, Zambia, Nepal and Cuba, are attending.");
        assertEquals(22, p.count().orElseThrow().value());
        assertEquals(List.of("GH", "ZM", "NP", "CU"), slugs(p.countries()));
        assertEquals(List.of("government-officials"), slugs(p.roles()));
    }

    @Test
    void aListOfCountriesAloneAfterTheCountIsRead() {
        assertEquals(List.of("GH", "ET", "CM"), slugs(read("20名学员分别来自加纳、埃塞俄比亚和喀麦隆，其中多数为林业官员").countries()));
        assertEquals(List.of(), slugs(read("来自秘鲁地球物理研究所的工程师代表学员发言").countries()),
                "a speaker's institute is not a list of countries");
        assertEquals(List.of("ID", "BD"), slugs(read("诚邀印度尼西亚、孟加拉国等国推荐学员参加").countries()));
    }

    @Test
    void officialsAndOtherStaffFromAListAreOneCount() {
        Participants p = read("It brings together 27 port officials and terminal managers from Pakistan, Kenya and Panama.");
        assertEquals(27, p.count().orElseThrow().value());
        assertEquals(List.of("PK", "KE", "PA"), slugs(p.countries()));
    }

    @Test
    void lecturersAreNotCounted() {
        assertEquals(Optional.empty(), read("学院邀请了来自水利部、农业大学等单位的十余位专家授课").count());
    }

    @Test
    void officialsLeavingForChinaAreCounted() {
        assertEquals(24, read("TWENTY-FOUR Government officials leave for China tomorrow to attend a three-week course")
                .count().orElseThrow().value());
        assertEquals(24, read("Twenty-four officials will attend the seminar in Hangzhou").count().orElseThrow().value());
    }

    @Test
    void everyOneOfTheTraineesIsNoCountAndAllTookPartIsOne() {
        assertEquals(Optional.empty(), read("力争让每一位学员看得懂、学得会").count());
        assertEquals(22, read("来自泰国、马来西亚和柬埔寨4国职业技术学院的院长及骨干教师共22人参加研修").count().orElseThrow().value());
    }

    @Test
    void aListOfCountriesWithTheirNumberAndNoFromWord() {
        Participants p = read("由某中心承办，缅甸、老挝、柬埔寨、泰国、越南5国的24名农业部门官员参加");
        assertEquals(24, p.count().orElseThrow().value());
        assertEquals(List.of("MM", "LA", "KH", "TH", "VN"), slugs(p.countries()));
    }

    @Test
    void presidentsAndExecutivesFromCountriesAreCounted() {
        assertEquals(14, read("Fourteen university presidents and vice-presidents from nine countries - Kazakhstan and Uzbekistan")
                .count().orElseThrow().value());
        assertEquals(27, read("Twenty-seven officials and port executives from nine countries took part").count().orElseThrow().value());
        assertEquals(21, read("the seminar brought together 21 presidents and vice presidents of universities from member states")
                .count().orElseThrow().value());
    }

    @Test
    void aRevisedNumberAndADelegationsSizeAreCounts() {
        assertEquals(26, read("二、招收人数由30人调整为26人").count().orElseThrow().value());
        assertEquals(22, read("以某某为团长的老挝人民革命党中青年干部研修班一行22人来华研修").count().orElseThrow().value());
    }

    @Test
    void englishCountsWrittenTheWaysReportsWriteThem() {
        assertEquals(26, read("Twenty-six participants — district planners and officials of water ministries — have come from Chad and Niger.").count().get().value());
        assertEquals(40, read("Forty (40) places are available for the course.").count().get().value());
        assertEquals(17, read("Seventeen ministers and vice ministers from nine countries, including Nepal and Laos, are attending the seminar.").count().get().value());
        assertEquals(21, read("TWENTY-ONE officers drawn from the ministries of Health and Trade left Lilongwe airport for Kunming in China yesterday.").count().get().value());
        assertEquals(18, read("Eighteen officers drawn from county assemblies have returned to Kisumu after completing the Seminar on Rural Roads for Kenya.").count().get().value());
    }

    @Test
    void countriesNamedAfterTheirGroupAreTheTraineesToo() {
        Participants p = read("培训班吸引了来自东盟成员国的20名学员，他们分别来自越南、老挝和柬埔寨等三国。");
        assertEquals(20, p.count().orElseThrow().value());
        assertEquals(List.of("VN", "LA", "KH"), slugs(p.countries()));
    }

    @Test
    void aTotalNamedByItsWordButNotAQuotaPerCountryNorTheNumberARevisionReplaces() {
        assertEquals(35, read("研修班拟邀请越南、老挝等国法院的法官参加，总人数约35名。").count().get().value());
        assertEquals(24, read("每国推荐2至3人，总人数不超过24人。").count().get().value());
        assertEquals(Optional.empty(), read("每国名额3名。").count());
        assertEquals(36, read("邀请国家不变，招收人数由30人调整为36人。").count().get().value());
    }
}
