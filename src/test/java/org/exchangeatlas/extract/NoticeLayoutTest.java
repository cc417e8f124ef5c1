package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeLayoutTest {
    private final NoticeLayout layout = new NoticeLayout(ExtractionHarness.MATCHER);

    @Test
    void aTableOfLabelsAndValuesIsANotice() {
        String text = "关于举办2024年东盟国家港口管理研修班的通知\n\n\t项目名称\t2024年东盟国家港口管理研修班\n\n\t主办\t商务部\n\n"
                + "\t承办\t滨海港口职业学院\n\n\t日期\t2024年5月14日至6月3日\n";
        assertTrue(layout.isNotice(text));
        List<NoticeField> fields = layout.fields(text);
        assertEquals(List.of(FieldKind.TITLE, FieldKind.ORGANIZER, FieldKind.HOST, FieldKind.DATES), fields.stream().map(NoticeField::kind).toList());
        assertEquals("商务部", fields.get(1).content().of(text).strip());
    }

    @Test
    void aTableWrittenAsTextWithBarsBetweenLabelAndValueGivesItsFields() {
        String text = "项目一\n项目名称  | 2026年中亚国家节水灌溉研修班\n主办单位  | 商务部\n招收人数  | 24人\n";
        List<NoticeField> fields = layout.fields(text);
        assertEquals(List.of(FieldKind.TITLE, FieldKind.ORGANIZER, FieldKind.COUNT), fields.stream().map(NoticeField::kind).toList());
        assertEquals("商务部", fields.get(1).content().of(text).strip());
    }

    @Test
    void aJoinedHeadingWithANoteInBracketsStandsOverItsContent() {
        String text = "关于调整2026年东盟国家港口管理研修班\n举办时间和邀请国别的通知\n\n三、招生对象、名额及语言（不变）\n\n"
                + "培训班面向柬埔寨、老挝两国港口部门的官员，共招收学员20名。\n";
        List<NoticeField> fields = layout.fields(text);
        assertEquals(List.of(FieldKind.PARTICIPANTS), fields.stream().map(NoticeField::kind).toList(), "not the title's second line");
        assertTrue(fields.get(0).content().of(text).startsWith("培训班面向柬埔寨"));
    }

    @Test
    void aSentenceThatBeginsWithALabelWordIsNoField() {
        assertFalse(layout.isNotice("主办方代表在开班式上致辞。\n承办学院介绍了课程安排。\n"));
    }

    @Test
    void aLabelSpacedOutToAlignAColumnIsItsField() {
        String text = "项目名称：2025年上海合作组织国家青年干部研修班\n主办单位：中联部\n规  模：36人\n";
        List<NoticeField> fields = layout.fields(text);
        assertEquals(List.of(FieldKind.TITLE, FieldKind.ORGANIZER, FieldKind.COUNT), fields.stream().map(NoticeField::kind).toList());
        assertEquals("36人", fields.get(2).content().of(text).strip());
    }

    @Test
    void creditsUnderAReportsProseDoNotMakeItANotice() {
        String text = "2024年东盟国家港口管理研修班在我院开班\n\n" + "5月14日上午，研修班开班仪式在学院报告厅举行。".repeat(6)
                + "\n主办单位：商务部\n承办单位：滨海港口职业学院\n";
        assertFalse(layout.isNotice(text));
    }
}
