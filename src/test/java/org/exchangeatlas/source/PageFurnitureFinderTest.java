package org.exchangeatlas.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The furniture finder on small pages: what it sets aside (menus, tickers, furniture sections,
 * link lists, footers) and what it must keep (a clean document whole; a notice's short lines
 * inside a page).
 */
class PageFurnitureFinderTest {
    private static final Vocabulary VOCABULARY = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
    private static final PageFurnitureFinder FINDER = new PageFurnitureFinder(PageCues.from(VOCABULARY),
            JusTextSettings.standard(), new LanguageGuesser());

    private static final String PARAGRAPH_1 = "The ministry has run training programs for officials from many"
            + " countries for more than two decades, and most of them were held in China until the pandemic"
            + " moved the courses online in the spring of 2020.";
    private static final String PARAGRAPH_2 = "According to the files, the courses were delivered by provincial"
            + " academies and universities on behalf of the ministry, which paid for the travel and lodging of"
            + " the participants as part of its foreign aid.";

    /** The lines of {@code text} set aside, each trimmed. */
    private static List<String> setAsideLines(String text, String mediaType, byte[] source) {
        List<Span> spans = FINDER.setAside(text, mediaType, source);
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).filter(l -> {
            int at = text.indexOf(l);
            return spans.stream().anyMatch(s -> s.start() <= at && at + l.length() <= s.end());
        }).toList();
    }

    @Test
    void aPlainTextScrapeLosesItsMenuTickerRelatedListCommentsAndFooter() {
        String text = String.join("\n", "DAILY PLANET", "Home | World | Business | Markets | Opinion",
                "Acme Corp 101.20 ▲0.4%", "", PARAGRAPH_1, "", PARAGRAPH_2, "", "Related articles",
                "Mongolia opens a new copper mine", "Laos signs a rail deal", "", PARAGRAPH_2 + " " + PARAGRAPH_1,
                "", "Comments (2)", "reader_1 · 1 hour ago",
                "I think the whole thing is a waste of money and the officials learn nothing useful at all in these courses.",
                "© 2024 Daily Planet. All rights reserved.", "");
        List<String> aside = setAsideLines(text, "text/plain", null);
        assertEquals(List.of("DAILY PLANET", "Home | World | Business | Markets | Opinion", "Acme Corp 101.20 ▲0.4%",
                "Related articles", "Mongolia opens a new copper mine", "Laos signs a rail deal", "Comments (2)",
                "reader_1 · 1 hour ago",
                "I think the whole thing is a waste of money and the officials learn nothing useful at all in these courses.",
                "© 2024 Daily Planet. All rights reserved."), aside);
        List<Span> spans = FINDER.setAside(text, "text/plain", null);
        assertEquals(3, spans.size(), "top, related list, comments to the end: " + spans);
    }

    @Test
    void aRowOfQuotasBetweenBarsIsNoMenu() {
        String text = String.join("\n", "首页 | 学院概况 | 援外培训 | 通知公告 | 联系我们", "",
                "按照商务部年度援外培训计划的安排，我院将于今年九月在杭州举办发展中国家电子商务研修班，现将项目的有关情况通知如下，"
                        + "请各驻外经商机构协助做好宣传和学员的推荐遴选工作，并于报名截止日期前将学员的报名材料寄送我院外事培训部。",
                "本期研修班拟邀请以下国家学员，总计12名，各国名额如下：",
                "印度尼西亚 3名 | 马来西亚 2名 | 泰国 3名 | 越南 4名", "合计：12名",
                "学员应为各国商务、海关及数字经济主管部门中从事电子商务政策制定和管理工作的官员，年龄一般不超过五十周岁，"
                        + "能用英语熟练进行交流，身体健康，无传染性疾病，并须在报名时提交一份介绍本国电子商务发展情况的国别报告。", "");
        assertEquals(List.of("首页 | 学院概况 | 援外培训 | 通知公告 | 联系我们"), setAsideLines(text, "text/plain", null));
    }

    @Test
    void aLongLeadDenseWithNamesStaysWhereMenusSurroundIt() throws Exception {
        // a university's English news page of the gold corpus: menus, a date line, a lead dense with names
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("eval/dev/db-release-06.html"));
        String text = new TikaTextReader("text/html").read(bytes);
        List<String> aside = setAsideLines(text, "text/html", bytes);
        assertTrue(aside.stream().anyMatch(l -> l.startsWith("HOME ")), aside::toString);
        assertTrue(aside.stream().noneMatch(l -> l.contains("got under way")), aside::toString);
    }

    @Test
    void aTableOfProgramsWrittenWithBarsIsNoMenu() {
        String text = String.join("\n", "首页 | 机构设置 | 通知公告 | 政策法规", "",
                "关于下达2026年度技术培训班项目计划的通知", "",
                "序号 | 项目名称 | 承办单位 | 计划人数",
                "1 | 北斗卫星导航系统应用技术国际培训班 | 华中空间信息技术研究院 | 25",
                "2 | 荒漠化防治技术国际培训班 | 河西生态研究院 | 20", "");
        List<String> aside = setAsideLines(text, "text/plain", null);
        assertEquals(List.of("首页 | 机构设置 | 通知公告 | 政策法规"), aside);
    }

    @Test
    void aFooterThatNamesTheSitesOwnerAsItsSponsorIsFurnitureThoughItReadsLikeAField() {
        String text = String.join("\n", "首页 | 机构概况 | 国际合作 | 通知公告", "",
                "2026年非洲国家地震监测技术培训班结业",
                "6月30日，由科技部主办、西岭地震研究院承办的“2026年非洲国家地震监测技术培训班”结业仪式在研究院举行，"
                        + "来自肯尼亚、埃塞俄比亚等9个国家的22名技术人员参加了为期21天的培训，学员们参观了地震台站并开展了实操训练。", "",
                "主办：西岭地震研究院　地址：西岭市科技路8号　邮编：610000", "");
        List<String> aside = setAsideLines(text, "text/plain", null);
        assertTrue(aside.contains("主办：西岭地震研究院　地址：西岭市科技路8号　邮编：610000"), aside::toString);
        assertTrue(aside.stream().noneMatch(l -> l.contains("结业仪式")), aside::toString);
    }

    @Test
    void aTextWithoutAnyFurnitureEvidenceKeepsEveryCharacter() {
        String notice = "商培函〔2021〕417号\n\n关于举办2021年俄语国家地方政府领导人研修班的通知\n\n二、主办单位\n商务部\n\n"
                + "九、学员人数\n40人\n\n请于2021年8月20日前将学员报名表报送承办单位。\n\n商务部\n2021年7月1日\n";
        assertEquals(List.of(), FINDER.setAside(notice, "text/plain", null));
        String shortNote = "Seminar on port management\n\nOrganizer: Ministry of Transport\n";
        String forwarded = "NEWS & NOTICES | Training | Scholarships | Events\n\n" + PARAGRAPH_1 + "\n\n"
                + "Programme: 2026 Seminar on Broadcasting for Pacific Island Countries\n"
                + "Sponsor: Ministry of Commerce of the People's Republic of China\nNumber of participants: 28\n";
        assertTrue(setAsideLines(forwarded, "text/plain", null).stream().noneMatch(l -> l.startsWith("Programme:")),
                "a field labelled Programme is the notice's, not furniture");
        assertEquals(List.of(), FINDER.setAside(shortNote, "text/plain", null));
    }

    @Test
    void aTraditionalScriptReprintIsRunningTextNotFurniture() {
        // the function characters counted in either script: 們 為 於 are 们 为 于
        String text = String.join("\n", "要聞　｜　兩岸　｜　國際　｜　財經　｜　副刊", "",
                "本報訊　由商務部主辦、東嶺農業職業學院承辦的「2026年中亞國家節水灌溉技術研修班」於昨日開班，"
                        + "來自哈薩克斯坦、吉爾吉斯斯坦等五個國家的二十六名官員參加了開班儀式，學員們將在為期三週的時間裡學習滴灌技術。", "",
                "（責任編輯：王小明）", "", "相關新聞：", "▸ 某市舉辦農產品博覽會", "");
        List<String> aside = setAsideLines(text, "text/plain", null);
        assertTrue(aside.contains("要聞　｜　兩岸　｜　國際　｜　財經　｜　副刊"), "a menu between full-width bars: " + aside);
        assertTrue(aside.contains("▸ 某市舉辦農產品博覽會"), aside::toString);
        assertTrue(aside.stream().noneMatch(l -> l.contains("開班")), aside::toString);
    }

    @Test
    void aListUnderALabelIsTheLabelsContentThoughItReadsLikeALinkList() {
        String text = String.join("\n", "Home | About | Programmes | Contact", "", PARAGRAPH_1, "",
                "2. Invited countries", "Fiji, Samoa, Tonga, Vanuatu, Solomon Islands and Kiribati.", "",
                "4. Curriculum", "- Port management and logistics", "- Customs risk control", "- Single window systems", "",
                PARAGRAPH_2, "", "© 2026 Some Institute. All rights reserved.", "");
        List<String> aside = setAsideLines(text, "text/plain", null);
        assertEquals(List.of("Home | About | Programmes | Contact", "© 2026 Some Institute. All rights reserved."), aside);
    }

    @Test
    void aLeadSentenceDenseWithNamesUnderABylineIsText() {
        String lead = "Twenty-two officials and engineers from nine Pacific island countries completed a three-week course on port management in Xiamen on Friday.";
        String text = String.join("\n", "Pacific officials complete port course in Xiamen", "",
                "By A. Writer | Island Daily | Updated: 2026-10-30 18:22", "", lead, "", PARAGRAPH_1, "", PARAGRAPH_2, "");
        List<String> aside = setAsideLines(text, "text/plain", null);
        assertFalse(aside.contains(lead), aside::toString);
        assertTrue(aside.contains("By A. Writer | Island Daily | Updated: 2026-10-30 18:22"), aside::toString);
    }

    @Test
    void aNoticesLabelledFieldsStayWhenItsPageHasFurniture() {
        String text = String.join("\n", "Home | Embassy | Consular services | Contact", "",
                "Workshop on Port Technology, Digital Logistics and Container Terminal Automation for Lusophone Countries Officials, 2023", "",
                "Organizer: Ministry of Transport of the People's Republic of China",
                "Eligible countries: Angola, Brazil, Cabo Verde, Guinea-Bissau, Mozambique, Sao Tome and Principe, Timor-Leste",
                "Participants: government officials and technical staff of port authorities and maritime administrations",
                "Quota: 28", "",
                "Requirements: Candidates should be under 50 years of age, in good health, and have a working knowledge"
                        + " of Portuguese, and they must not have attended a similar seminar in China within the last two years.",
                "", "© 2023 Embassy of the People's Republic of China. All rights reserved.", "");
        assertEquals(List.of("Home | Embassy | Consular services | Contact",
                "© 2023 Embassy of the People's Republic of China. All rights reserved."),
                setAsideLines(text, "text/plain", null));
    }

    @Test
    void documentsThatAreNotPagesAreLeftWhole() {
        String text = "Home | World | Business | Markets\n© 2024 All rights reserved\n" + PARAGRAPH_1 + "\n";
        assertEquals(List.of(), FINDER.setAside(text, "application/pdf", null));
        assertFalse(FINDER.setAside(text, "text/plain", null).isEmpty());
    }

    @Test
    void linksInTheHtmlMakeMenusFurnitureWhileTheNoticeInsideStaysWhole() throws Exception {
        String html = """
                <html><body>
                <ul><li><a href="/">首页</a></li><li><a href="/news">新闻动态</a></li><li><a href="/n">通知公告</a></li></ul>
                <div class="crumbs"><a href="/">首页</a> &gt; <a href="/n">通知公告</a> &gt; 正文</div>
                <h2>2023年老挝政府官员减贫研修班</h2>
                <p>一、项目名称</p>
                <p>2023年老挝政府官员减贫研修班</p>
                <p>二、主办单位</p>
                <p>商务部</p>
                <p>三、参训国家</p>
                <p>老挝</p>
                <p>四、参训对象：各国负责减贫与乡村发展工作的政府官员，年龄在50岁以下，身体健康。</p>
                <p>五、其他要求：学员须全程参加研修活动，并于报到时提交本国减贫工作情况的报告。</p>
                <h3>相关通知</h3>
                <ul><li><a href="/a">2023年柬埔寨政府官员农业研修班</a></li><li><a href="/b">2023年缅甸政府官员海关研修班</a></li></ul>
                <p>版权所有：国际培训网　京ICP备12345678号</p>
                </body></html>
                """;
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        String text = new TikaTextReader("text/html").read(bytes);
        List<String> aside = setAsideLines(text, "text/html", bytes);
        assertEquals(List.of("首页", "新闻动态", "通知公告", "首页 > 通知公告 > 正文", "相关通知",
                "2023年柬埔寨政府官员农业研修班", "2023年缅甸政府官员海关研修班", "版权所有：国际培训网　京ICP备12345678号"), aside);
        assertTrue(text.contains("二、主办单位"));
    }

    @Test
    void aClosingHeadingBeforeTheMainTextOnlySetsAsideItsOwnList() {
        String text = String.join("\n", "Home | World | Business | Markets", "Comments", "12 replies", "",
                PARAGRAPH_1, "", PARAGRAPH_2, "");
        assertEquals(List.of("Home | World | Business | Markets", "Comments", "12 replies"),
                setAsideLines(text, "text/plain", null));
    }

    @Test
    void aProgramsNameUnderACallsHeadingStaysWithAWordOrTwoBeforeItsType() {
        String text = String.join("\n", "Donghai Maritime College", "Home | About | Training | News | Contact", "",
                "Training > Announcements", "", "CALL FOR APPLICANTS",
                "2026 Online Seminar on Chinese-Language Teaching for Teachers and School Officials of Portuguese-Speaking Countries", "",
                "Posted: 2026-02-02    Views: 410", "", PARAGRAPH_1, "", PARAGRAPH_2, "");
        List<String> aside = setAsideLines(text, "text/plain", null);
        assertEquals(false, aside.contains("2026 Online Seminar on Chinese-Language Teaching for Teachers and School Officials of Portuguese-Speaking Countries"), aside.toString());
        assertEquals(true, aside.contains("Home | About | Training | News | Contact"), aside.toString());
    }

    @Test
    void aPostsParticularsBetweenBarsAreNoMenuAndTheNameAboveThemStays() {
        String name = "2026 Seminar on Metro Signalling and Safety Management for Belt and Road Countries";
        String text = String.join("\n", "Lishui University of Technology", "Office of International Exchanges", "",
                "CALL FOR APPLICATIONS", name, "", "Posted: 4 March 2026 | Category: Notices | Views: 205", "",
                PARAGRAPH_1, "", PARAGRAPH_2, "");
        List<String> aside = setAsideLines(text, "text/plain", null);
        assertEquals(false, aside.contains(name), aside.toString());
    }
}
