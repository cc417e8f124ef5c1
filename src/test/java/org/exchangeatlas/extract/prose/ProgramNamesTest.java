package org.exchangeatlas.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exchangeatlas.extract.TitleFinder;
import org.junit.jupiter.api.Test;

class ProgramNamesTest {
    private final ProgramNames names = new ProgramNames(Vocab.MATCHER);

    @Test
    void eachQuotedNameListedIsAProgramOfItsOwn() {
        String s = "我校承办的“2018年东盟国家港口管理研修班”、「2018年非洲国家海关管理研修班」和《2018年太平洋岛国渔业研修班》同日开班，"
                + "“2018年东盟国家港口管理研修班”学员随后参观了码头。";
        List<String> found = names.quoted(s, 0, s.length()).stream().map(t -> t.title().of(s)).toList();
        assertEquals(List.of("2018年东盟国家港口管理研修班", "2018年非洲国家海关管理研修班", "2018年太平洋岛国渔业研修班"), found);
    }

    @Test
    void genericPhrasesAndSentencesNameNoProgram() {
        String generic = "“本期研修班”圆满结束";
        assertTrue(names.quoted(generic, 0, generic.length()).isEmpty());
        assertTrue(names.heading("5月21日，中联部副部长会见越南党政干部考察团\n正文", 2).isEmpty());
        String former = "“上述研修班”均已结束";
        assertTrue(names.quoted(former, 0, former.length()).isEmpty());
        String sco = "我院承办的“上海合作组织成员国海关监管研修班”开班";
        assertEquals(List.of("上海合作组织成员国海关监管研修班"), names.quoted(sco, 0, sco.length()).stream().map(t -> t.title().of(sco)).toList(),
                "上 opens 上述 and 上期, and also 上海");
    }

    @Test
    void theHeadingNamesTheProgramWhenNothingIsQuoted() {
        String page = "老挝农产品加工技术培训班在我院开班\n发布时间：2019-05-12";
        assertEquals("老挝农产品加工技术培训班", names.heading(page, 2).orElseThrow().title().of(page));
    }

    @Test
    void namesWrittenWithoutQuotesAreFoundFromTheirYearToTheirFirstType() {
        String s = "6月3日上午，2024年南亚国家茶叶加工技术培训班、2024年非洲国家竹藤编织技术研修班在学院报告厅联合开班。"
                + "2024年以来学院已承办各类研修班9期。";
        List<String> found = names.unquoted(s, 0, s.length()).stream().map(t -> t.title().of(s)).toList();
        assertEquals(List.of("2024年南亚国家茶叶加工技术培训班", "2024年非洲国家竹藤编织技术研修班"), found,
                "a date's year, a period's year (2024年以来) and a sentence's words (承办, 9期) name nothing");
    }

    @Test
    void aHeadingNamesItsProgramUpToWhatTheSentenceSaysOfItAndTakesTheYearTheTextGivesTheName() {
        String page = "东盟国家稻米加工技术研修班学员赴桂林开展文化考察\n5月8日，我院承办的2026年东盟国家稻米加工技术研修班学员赴桂林考察。";
        TitleFinder.Title heading = names.heading(page, 2).orElseThrow();
        assertEquals("东盟国家稻米加工技术研修班", heading.title().of(page), "研修班学员……考察: the trainees' visit, not the name");
        assertEquals("2026年东盟国家稻米加工技术研修班", names.withYear(page, heading).title().of(page));
    }
}
