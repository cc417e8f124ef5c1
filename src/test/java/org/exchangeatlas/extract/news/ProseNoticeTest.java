package org.exchangeatlas.extract.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A notice written as a letter rather than in fields, written for this test: the ministry
 * "decides to hold" the program this autumn and entrusts a unit whose name joins a parent and a
 * child (…研究院长江…研究所: the 院长 inside it is no person's title), invites countries, and puts
 * its requirements on the candidates in a sentence.
 */
class ProseNoticeTest {
    private static final String LETTER = """
            关于举办2026年发展中国家橡胶种植技术培训班的通知

            各有关国家驻华使馆：

            为分享中国热带作物种植经验，农业农村部决定于今年秋季举办2026年发展中国家橡胶种植技术培训班，并委托中国热带农业科学院橡胶研究所具体实施。培训班将于2026年10月12日在海南儋州开班。

            本期培训班计划招收学员20名，诚邀泰国、孟加拉国等国推荐学员参加。推荐人选应为各国农业主管部门的技术人员，年龄在25至45岁之间，能够使用英语交流，身体健康。

            农业农村部国际合作司
            2026年6月1日
            """;

    @Test
    void aLetterOfInvitationIsReadLikeANoticeInFields() {
        NewsExtractorTest.Read r = NewsExtractorTest.read(LETTER);
        assertEquals(1, r.programs().size());
        assertEquals(new TreeSet<>(Set.of("mara")), r.values("organizer"), "决定于今年秋季举办");
        assertEquals(new TreeSet<>(Set.of("中国热带农业科学院橡胶研究所")), r.values("host"));
        assertEquals(new TreeSet<>(Set.of("TH", "BD")), r.values("targetCountry"), "诚邀……孟加拉国等国");
        assertEquals(new TreeSet<>(Set.of("technicians")), r.values("participantRole"), "推荐人选应为……技术人员");
        assertEquals(new TreeSet<>(Set.of("age-limit", "language", "health")), r.values("requirement"));
    }

    @Test
    void aLetterNamesItsCountriesAfter拟邀请国家为AndAProgramPutOffToAnotherYearIsNoneOfIts() {
        NewsExtractorTest.Read r = NewsExtractorTest.read("""
                关于邀请参加2026年发展中国家湿地保护研修班的函

                生态环境部定于2026年9月举办“2026年发展中国家湿地保护研修班”，委托北方生态干部学院承办。
                本期研修班拟邀请国家为蒙古国、肯尼亚和埃及，每国推荐2名学员。
                另，原定于2026年举办的“澜湄国家河流治理研修班”因故推迟至2027年举办。
                """);
        assertEquals(1, r.programs().size(), "the program put off to 2027 is another time's");
        assertEquals(new TreeSet<>(Set.of("mee")), r.values("organizer"), "生态环境部定于……举办");
        assertEquals(new TreeSet<>(Set.of("MN", "KE", "EG")), r.values("targetCountry"));
    }
}
