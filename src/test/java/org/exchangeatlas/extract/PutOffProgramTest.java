package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice of several programs, written for this test, one of which its dates field puts off with no date. */
class PutOffProgramTest {
    @Test
    void aProgramWhoseDatesFieldPutsItOffIsNoProgramOfTheNotice() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                关于2026年发展中国家技术培训班招生的通知

                序号：1
                培训班名称：2026年东盟国家智慧农业技术培训班
                主办单位：科技部
                承办单位：南岭农业科学院
                培训时间：2026年5月6日至5月26日
                招收人数：25人

                序号：2
                培训班名称：2026年中亚国家荒漠化防治技术培训班
                主办单位：科技部
                承办单位：西域生态研究中心
                培训时间：暂缓举办，恢复时间另行通知
                招收人数：——
                """);
        assertEquals(List.of("2026年东盟国家智慧农业技术培训班"), x.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(new java.util.TreeSet<>(java.util.Set.of("南岭农业科学院")), x.values("host"));
    }
}
