package org.exchangeatlas.extract.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.Value;
import org.junit.jupiter.api.Test;

/**
 * A page of two programs that tells them apart by short names (减贫班, 渔业班), gives what they
 * share in a sentence about both, and names a third still to come, written for this test.
 */
class SeveralProgramsPageTest {
    private static final String PAGE = """
            滨江农业职业学院 新闻网

            两期援外培训班举行联合结业典礼

            5月30日，受商务部委托、由我院承办的“2019年非洲国家减贫与乡村治理研修班”和“2019年太平洋岛国渔业养殖技术培训班”举行联合结业典礼。
            两个研修班的学员均为各国政府官员。其中，减贫研修班22名学员来自肯尼亚、泰国、斐济等8个国家；渔业养殖技术培训班有来自萨摩亚、汤加2个国家的15名学员。
            据悉，今年我院还将承办“2019年东盟国家茶叶加工技术培训班”。学院2016年曾承办“2016年孟加拉国水稻种植技术培训班”，形成了“课堂讲授+基地实训”的模式。
            """;

    @Test
    void shortNamesTellTheProgramsApartAndProgramsOfOtherTimesAreNone() {
        NewsExtractorTest.Read r = NewsExtractorTest.read(PAGE);
        List<String> titles = r.programs().stream().map(ProgramRecord::title).sorted().toList();
        assertEquals(List.of("2019年太平洋岛国渔业养殖技术培训班", "2019年非洲国家减贫与乡村治理研修班"), titles);
        String poverty = r.iri("2019年非洲国家减贫与乡村治理研修班");
        String fishery = r.iri("2019年太平洋岛国渔业养殖技术培训班");
        assertEquals(new TreeSet<>(Set.of("KE", "TH", "FJ")), r.values(poverty, "targetCountry"));
        assertEquals(new TreeSet<>(Set.of("WS", "TO")), r.values(fishery, "targetCountry"));
        assertEquals(new TreeSet<>(Set.of("22")), r.values(poverty, "participantCount"));
        assertEquals(new TreeSet<>(Set.of("15")), r.values(fishery, "participantCount"));
        assertEquals(new TreeSet<>(Set.of("government-officials")), r.values(poverty, "participantRole"));
        assertEquals(new TreeSet<>(Set.of("government-officials")), r.values(fishery, "participantRole"));
        assertEquals(new TreeSet<>(Set.of("mofcom")), r.values(fishery, "organizer"), "两个 … 均: what both share");
    }



    @Test
    void aPageThatQuotesOnlyAPastProgramNamesItsOwnUnquotedAndItsHostActsAsTheExecutingUnit() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                北岭水利职业学院 学院新闻

                南亚国家小型水库管理培训班举行结业仪式

                6月20日，2024年南亚国家小型水库管理培训班结业仪式在我院举行。该班由水利部主办，我院作为承办单位负责教学与后勤。
                培训班于6月3日开班，学员为尼泊尔、斯里兰卡、孟加拉国三国水利部门的十七名官员。
                2021年，我院曾承办“东南亚国家灌区节水技术培训班”，学员来自柬埔寨。
                """);
        assertEquals(List.of("2024年南亚国家小型水库管理培训班"), r.programs().stream().map(ProgramRecord::title).toList());
        String p = r.iri("2024年南亚国家小型水库管理培训班");
        assertEquals(new TreeSet<>(Set.of("NP", "LK", "BD")), r.values(p, "targetCountry"));
        assertEquals(new TreeSet<>(Set.of("17")), r.values(p, "participantCount"));
        assertEquals(new TreeSet<>(Set.of("北岭水利职业学院")), r.values("host"));
        assertEquals(new TreeSet<>(Set.of("mwr")), r.values(p, "organizer"));
    }

    @Test
    void traineesWhoWalkIntoAPlaceInChinaOrStudyAtThePagesInstitutionAreTaughtInPerson() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                湘北职业技术学院 学院新闻

                5月21日，“2024年非洲国家农机维修技术培训班”学员走进长沙经开区，与企业代表座谈。
                “2024年东盟国家茶叶加工技术培训班”学员正在我校学习，也参加了座谈。
                """);
        assertEquals(new TreeSet<>(Set.of("in-china")), r.values(r.iri("2024年非洲国家农机维修技术培训班"), "delivery"));
        assertEquals(new TreeSet<>(Set.of("in-china")), r.values(r.iri("2024年东盟国家茶叶加工技术培训班"), "delivery"));
    }

    @Test
    void eachClauseOfASentenceOfTwoProgramsGivesItsOrganizerToTheProgramItNames() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                两期培训班联合结业

                据了解，“2024年东盟国家甘蔗种植技术培训班”由商务部主办，于10月8日开班；“2024年非洲国家剑麻加工技术培训班”受农业农村部委托举办，于10月9日开班。两期培训班均由我院承办。
                """);
        assertEquals(new TreeSet<>(Set.of("mofcom")), r.values(r.iri("2024年东盟国家甘蔗种植技术培训班"), "organizer"));
        assertEquals(new TreeSet<>(Set.of("mara")), r.values(r.iri("2024年非洲国家剑麻加工技术培训班"), "organizer"));
    }

    @Test
    void aHeadingsShortNameGivesWayToTheFullNamesTheTextGives() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                非洲国家竹编研修班学员赴企业考察

                5月21日，我院承办的2024年非洲国家竹编技艺与产业发展研修班学员赴安吉考察。同期在我院学习的2024年东盟国家藤编技术培训班学员也一同参加。
                """);
        assertEquals(List.of("2024年东盟国家藤编技术培训班", "2024年非洲国家竹编技艺与产业发展研修班"),
                r.programs().stream().map(ProgramRecord::title).sorted().toList());
    }

    @Test
    void aProgramApprovedForTheNextYearIsNoneOfThePages() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                2024年我省援外培训工作综述

                发布日期：2024-12-30

                6月，我省承办的“2024年东盟国家橡胶加工技术研修班”顺利结业。
                2025年，我省已获批承办商务部援外培训项目20期，其中包括首次承办的“中亚国家棉花加工技术研修班”。
                """);
        assertEquals(List.of("2024年东盟国家橡胶加工技术研修班"), r.programs().stream().map(ProgramRecord::title)
                .filter(java.util.Objects::nonNull).toList());
    }

    @Test
    void aPersonWhoMetASecondDelegationSpeaksForTheBodyHeWasNamedWith() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                部领导活动

                6月11日，中联部副部长李明远在京会见柬埔寨人民党干部考察团。
                同日，李明远还会见了加纳全国民主大会党代表团。
                """);
        assertEquals(new TreeSet<>(Set.of("ild -> KH", "ild -> GH")), new TreeSet<>(r.raw().stream()
                .filter(f -> f.predicate().endsWith("#engagedWith"))
                .map(f -> f.subject().substring(f.subject().lastIndexOf('/') + 1) + " -> "
                        + ((Value.Iri) f.object()).iri().substring(((Value.Iri) f.object()).iri().lastIndexOf('/') + 1)).toList()));
    }

    @Test
    void aPartysShortNameStandsForItsCountryInAMeeting() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                部领导活动

                3月4日，中联部副部长在京会见越共中央组织部代表团。
                """);
        assertEquals(List.of(), r.programs());
        assertEquals(List.of("VN"), r.raw().stream().filter(f -> f.predicate().endsWith("#engagedWith"))
                .map(f -> ((Value.Iri) f.object()).iri().substring(((Value.Iri) f.object()).iri().lastIndexOf('/') + 1)).toList());
    }

    @Test
    void aBodyThatMetTheTraineesEngagedWithEachCountryTheyCameFrom() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                江城干部学院 新闻

                受中联部委托，我院承办的“2019年越南老挝党政干部研修班”于6月3日开班，学员分别来自越南、老挝2个国家。
                6月10日，中联部副部长会见了研修班全体学员。
                """);
        TreeSet<String> met = new TreeSet<>();
        r.raw().stream().filter(f -> f.predicate().endsWith("#engagedWith"))
                .forEach(f -> met.add(f.subject().substring(f.subject().lastIndexOf('/') + 1) + " -> "
                        + ((Value.Iri) f.object()).iri().substring(((Value.Iri) f.object()).iri().lastIndexOf('/') + 1)));
        assertEquals(new TreeSet<>(Set.of("ild -> VN", "ild -> LA")), met);
    }

    @Test
    void programsListedWithoutQuotesEachGetWhatTheFormerAndTheLatterAndBothAreSaidToHave() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                青川农业学院新闻网

                两期援外培训班在我院联合开班

                9月2日，2024年南亚国家茶叶加工技术培训班、2024年非洲国家竹藤编织技术研修班联合开班仪式在我院图书馆报告厅举行。前者由商务部主办，后者受农业农村部委托举办，两期培训班均由我院承办。
                茶叶加工技术培训班为期21天，共有来自斯里兰卡、尼泊尔和孟加拉国的17名技术人员参加。竹藤编织技术研修班的20名学员分别来自加纳、埃塞俄比亚和喀麦隆，其中多数为各国林业部门官员。
                又讯：去年我院还承办了2023年加勒比国家竹材加工研修班，来自牙买加的12名官员参加了培训。
                """);
        String tea = r.iri("2024年南亚国家茶叶加工技术培训班");
        String bamboo = r.iri("2024年非洲国家竹藤编织技术研修班");
        assertEquals(2, r.programs().size(), "the program of last year is none of the page's");
        assertEquals(new TreeSet<>(Set.of("mofcom")), r.values(tea, "organizer"));
        assertEquals(new TreeSet<>(Set.of("mara")), r.values(bamboo, "organizer"));
        assertEquals(1, r.values(tea, "host").size(), "两期……均由我院承办: the college hosts both");
        assertEquals(r.values(tea, "host"), r.values(bamboo, "host"));
        assertEquals(new TreeSet<>(Set.of("LK", "NP", "BD")), r.values(tea, "targetCountry"));
        assertEquals(new TreeSet<>(Set.of("GH", "ET", "CM")), r.values(bamboo, "targetCountry"),
                "分别来自 a list that ends its clause; not Jamaica, of last year's program");
        assertEquals(new TreeSet<>(Set.of("20")), r.values(bamboo, "participantCount"));
        assertEquals(new TreeSet<>(Set.of("in-china")), r.values(bamboo, "delivery"), "开班仪式在……报告厅举行");
    }

    @Test
    void aSentenceOfTwoNamedProgramsGivesEachTheClauseThatNamesIt() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                设为首页 | 加入收藏
                首页学院要闻国际合作

                由商务部主办、我院承办的“2026年非洲国家社区卫生服务研修班”和“2026年东盟国家传统医药研修班”举行联合结业典礼。
                据了解，“2026年非洲国家社区卫生服务研修班”于5月6日开班，共有来自加纳、肯尼亚等6个国家的21名官员参加；“2026年东盟国家传统医药研修班”于5月12日开班，共有来自老挝、越南等5个国家的17名官员参加。两期研修班均于5月26日结束。

                江南医药职业学院党委宣传部 主办　地址：江南市学院路1号
                """);
        String health = r.iri("2026年非洲国家社区卫生服务研修班");
        String medicine = r.iri("2026年东盟国家传统医药研修班");
        assertEquals(new TreeSet<>(Set.of("GH", "KE")), r.values(health, "targetCountry"));
        assertEquals(new TreeSet<>(Set.of("LA", "VN")), r.values(medicine, "targetCountry"));
        assertEquals(new TreeSet<>(Set.of("17")), r.values(medicine, "participantCount"));
        assertEquals(new TreeSet<>(Set.of("2026-05-12")), r.values(medicine, "startDate"));
        assertEquals(new TreeSet<>(Set.of("2026-05-26")), r.values(medicine, "endDate"), "两期研修班均于5月26日结束");
        assertEquals(new TreeSet<>(Set.of("江南医药职业学院")), r.values("host"), "the footer's owner, not the menu's 首页学院");
    }

    @Test
    void anEarlierProgramWithoutItsNameAndTheLecturersSayNothingOfThePagesProgram() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                北岭警官学院新闻网

                “2026年东盟国家打击电信诈骗执法合作研修班”在我院开班

                5月8日，由公安部主办、我院承办的“2026年东盟国家打击电信诈骗执法合作研修班”开班，来自老挝、柬埔寨的24名执法官员参加。
                学院还邀请最高人民检察院的检察官为学员授课。
                据介绍，学院去年还承办了面向非洲法语国家的网络安全研修班，来自塞内加尔、贝宁的学员至今仍与学院保持联系。
                """);
        String p = r.programs().get(0).iri();
        assertEquals(new TreeSet<>(Set.of("LA", "KH")), r.values(p, "targetCountry"), "not last year's program's countries");
        assertEquals(false, r.values(p, "participantRole").contains("prosecutors"), "the lecturers' role is not the participants'");
    }

    @Test
    void aVisitsDaysAreNotTheProgramsAndAnOpeningAndAClosingInOneSentenceAreBoth() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                西岭救援培训中心

                5月18日至21日，由应急管理部主办、我中心承办的“2026年中亚国家矿山救援研修班”学员赴青海开展为期四天的现场教学。
                本期研修班于5月10日开班，计划5月30日结业，24名学员来自哈萨克斯坦和吉尔吉斯斯坦。
                """);
        String p = r.programs().get(0).iri();
        assertEquals(new TreeSet<>(Set.of("2026-05-10")), r.values(p, "startDate"));
        assertEquals(new TreeSet<>(Set.of("2026-05-30")), r.values(p, "endDate"));
    }

    @Test
    void aProgramThatOpenedAndLastsNDaysEndsOnItsNthDay() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                东江职业学院新闻网

                6月2日，商务部主办、我院承办的“2026年太平洋岛国椰子加工技术培训班”开班，为期21天。
                """);
        String p = r.programs().get(0).iri();
        assertEquals(new TreeSet<>(Set.of("2026-06-22")), r.values(p, "endDate"));
    }

    @Test
    void aProgramNamedWithoutAYearTakesTheYearOfTheReleasesHeading() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                水利部2025年援外培训工作综述

                日期：2026-01-10
                9月，“澜湄国家小水电开发研修班”在杭州举办，由浙江水电培训中心承办，老挝、缅甸2国的18名官员参加。
                """);
        assertEquals(new TreeSet<>(Set.of("2025")), r.values(r.programs().get(0).iri(), "year"), "not the dateline's 2026");
    }

    @Test
    void aTotalOfBothThenEachOnesShareByItsShortName() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                两期援外培训项目联合结业

                6月20日，由商务部主办、我校承办的“2026年东盟国家水稻育种研修班”和“2026年非洲国家蔬菜种植技术培训班”联合结业。
                两个项目合计47名学员，其中水稻育种班26人，蔬菜种植班21人。
                """);
        assertEquals(new TreeSet<>(Set.of("26")), r.values(r.iri("2026年东盟国家水稻育种研修班"), "participantCount"));
        assertEquals(new TreeSet<>(Set.of("21")), r.values(r.iri("2026年非洲国家蔬菜种植技术培训班"), "participantCount"),
                "the total of both is neither's");
    }

    @Test
    void aProgramListedInABodysPlanIsThatBodysThoughItsSentenceSpeaksOfAVirtualLab() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                2026年度技术培训班工作交流会召开

                某研究院介绍了举办“东盟国家热带作物病害防治技术培训班”的做法。该班列入2026年度科技部培训班计划，由某研究院承办，采用虚拟实验室教学。
                """);
        assertEquals(new TreeSet<>(Set.of("most")), r.values(r.iri("东盟国家热带作物病害防治技术培训班"), "organizer"));
    }

    @Test
    void aBodysReportOnItsOwnTrainingWorkOnItsOwnSiteOrganizesTheProgramsThatNameNoOrganizer() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                中华人民共和国农业农村部

                2026年农业对外培训工作取得积极成效

                　　5月，“2026年东盟国家水稻绿色高产技术研修班”在广西南宁举办，由某培训中心承办。
                　　9月，由商务部主办的“2026年非洲国家木薯加工技术研修班”在海南举办。
                """);
        assertEquals(new TreeSet<>(Set.of("mara")), r.values(r.iri("2026年东盟国家水稻绿色高产技术研修班"), "organizer"));
        assertEquals(new TreeSet<>(Set.of("mofcom")), r.values(r.iri("2026年非洲国家木薯加工技术研修班"), "organizer"),
                "a program whose organizer is stated keeps it");
    }

    @Test
    void aProgramHeldAtAPlaceInChinaIsInPersonThoughAnotherOfThePageRanOnlineAndOneHeldAbroadIsNot() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                某省农业农村厅 工作动态

                2025年农业对外培训工作综述

                2025年，我厅共承办农业农村部援外培训项目9期，其中线上项目3期。

                一、5月12日至6月1日，“2025年东盟国家稻渔综合种养技术研修班”在桂林举办，来自越南、老挝、缅甸的24名农业官员参加。

                二、9月3日至9月23日，“2025年柬埔寨节水灌溉技术海外培训班”在柬埔寨磅湛举办，35名柬方技术人员参加。
                """);
        String rice = r.iri("2025年东盟国家稻渔综合种养技术研修班");
        String abroad = r.iri("2025年柬埔寨节水灌溉技术海外培训班");
        assertEquals(new TreeSet<>(Set.of("in-china")), r.values(rice, "delivery"));
        assertEquals(new TreeSet<>(Set.of("abroad")), r.values(abroad, "delivery"));
    }

    @Test
    void programsNamedInAHostsHistoryAreNoneOfThePagesButOneRunThisYearStill() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                北港海事职业学院 学院新闻

                发布日期：2025年6月20日

                6月19日，“2025年东非国家港口安全管理研修班”在我院结业。研修班受商务部委托，由我院承办，二十名学员来自肯尼亚、坦桑尼亚。

                自2016年首次承办援外培训以来，我院已累计执行此类项目二十余期，其中包括“2018年莫桑比克港口机械维修培训班”、“2020年发展中国家航运安全线上研修班”等。

                据悉，今年以来我院还举办了“2025年东盟国家海事搜救研修班”，来自越南、菲律宾的学员参加。
                """);
        assertEquals(List.of("2025年东盟国家海事搜救研修班", "2025年东非国家港口安全管理研修班"),
                r.programs().stream().map(ProgramRecord::title).sorted().toList());
    }

    @Test
    void theSeriesAProgramIsOneOfIsNoProgramAndCountriesNamedAfterTheirGroupAreItsTargets() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                2026年东盟国家遥感监测技术培训班在昆明结业

                5月30日，由科技部主办、滇南遥感应用研究院承办的“2026年东盟国家遥感监测技术培训班”在昆明结业。

                培训班自5月11日开班，吸引了来自东盟成员国的二十名学员，他们分别来自越南、老挝和柬埔寨等三国的自然资源部门。

                该培训班是科技部“发展中国家技术培训班”项目之一，自2019年起已举办四期。
                """);
        assertEquals(List.of("2026年东盟国家遥感监测技术培训班"), r.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(new TreeSet<>(Set.of("VN", "LA", "KH")), r.values("targetCountry"));
        assertEquals(new TreeSet<>(Set.of("asean")), r.values("targetGroup"));
    }

    @Test
    void aHeadlinesSloganBeforeADoubleDashIsNoPartOfTheNameAndABodyThatApprovesAndFundsOrganizes() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                云端相聚 共话丰收——南亚国家设施农业技术线上培训班圆满结业

                11月20日，为期三周的南亚国家设施农业技术线上培训班通过视频方式举行结业仪式。此次培训班经商务部批准并提供资助，由我院组织实施。
                """);
        assertEquals(List.of("南亚国家设施农业技术线上培训班"), r.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(new TreeSet<>(Set.of("mofcom")), r.values("organizer"));
    }
}
