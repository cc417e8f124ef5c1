package org.exchangeatlas.extract.news;

import static org.exchangeatlas.model.AtlasTerms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.Test;

/** Pages of Chinese prose written for this test, read by the news extractor and the resolver. */
class NewsExtractorTest {
    private static final Vocabulary VOCABULARY = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
    private static final DictionaryMatcher MATCHER = new DictionaryMatcher(VOCABULARY);

    static final String OPENING = """
            青山国际商务职业学院 | 新闻中心
            首页  学院概况  国际交流  援外培训

            老挝农产品加工技术培训班在我院开班
            发布时间：2019-05-12  浏览次数：312

            5月10日上午，由商务部主办、我院承办的老挝农产品加工技术培训班在学院报告厅开班。
            来自老挝农林部等部门的二十五名官员和技术人员参加培训。省商务厅副厅长王某出席并致辞，外交部亚洲司参赞李某作专题讲座。
            培训班为期21天，学员将赴周边农业园区考察。

            版权所有 © 青山国际商务职业学院  地址：某省某市
            """;

    /** What one page gave: facts by property local name, values shortened, and the programs. */
    record Read(List<ProgramRecord> programs, Map<String, TreeSet<String>> facts, List<Fact> raw) {
        TreeSet<String> values(String local) {
            return facts.getOrDefault(local, new TreeSet<>());
        }

        /** The IRI of the program the page titles so. */
        String iri(String title) {
            return programs.stream().filter(p -> title.equals(p.title())).findFirst().orElseThrow().iri();
        }

        /** One program's values of a property, shortened (an IRI's last segment, a literal's lexical form). */
        TreeSet<String> values(String subject, String local) {
            TreeSet<String> out = new TreeSet<>();
            raw.stream().filter(f -> f.subject().equals(subject) && f.predicate().endsWith("#" + local))
                    .forEach(f -> out.add(f.object() instanceof Value.Iri i ? i.iri().substring(i.iri().lastIndexOf('/') + 1)
                            : f.object() instanceof Value.Typed t ? t.lexical()
                            : f.object() instanceof Value.Name n ? n.name() : f.object().toString()));
            return out;
        }
    }

    static Read read(String text) {
        Document doc = new Document("1".repeat(64), "page.txt", "text/plain", text, "zh");
        List<ProgramRecord> programs = new ArrayList<>();
        List<Fact> raw = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        RecordSink collector = new RecordSink() {
            @Override public void startDocument(Document d) {}
            @Override public void program(ProgramRecord p) { programs.add(p); }
            @Override public void fact(Fact f) { raw.add(f); }
            @Override public void entity(EntityRecord e) { names.put(e.iri(), e.label()); }
            @Override public void problem(Problem p) {}
            @Override public void endDocument(Document d) {}
        };
        RecordSink sink = new NameResolver(MATCHER, collector);
        NewsExtractor extractor = new NewsExtractor(MATCHER, VOCABULARY);
        assertTrue(extractor.accepts(doc));
        sink.startDocument(doc);
        extractor.extract(doc, sink);
        sink.endDocument(doc);
        Map<String, TreeSet<String>> facts = new TreeMap<>();
        for (Fact f : raw) {
            String v = f.object() instanceof Value.Iri i
                    ? names.getOrDefault(i.iri(), i.iri().substring(i.iri().lastIndexOf('/') + 1))
                    : f.object() instanceof Value.Typed t ? t.lexical() : f.object().toString();
            facts.computeIfAbsent(f.predicate().substring(NS.length()), k -> new TreeSet<>()).add(v);
        }
        return new Read(programs, facts, raw);
    }

    @Test
    void anOpeningOnAHostsSite() {
        Read r = read(OPENING);
        assertEquals(1, r.programs().size());
        assertEquals("老挝农产品加工技术培训班", r.programs().get(0).title());
        assertEquals(new TreeSet<>(List.of("mofcom")), r.values("organizer"));
        assertEquals(new TreeSet<>(List.of("青山国际商务职业学院")), r.values("host"));
        assertEquals(new TreeSet<>(List.of("25")), r.values("participantCount"));
        assertEquals(new TreeSet<>(List.of("2019")), r.values("year"));
        assertEquals(new TreeSet<>(List.of("2019-05-10")), r.values("startDate"));
        assertEquals(new TreeSet<>(List.of("LA")), r.values("targetCountry"));
        assertTrue(r.values("participantRole").contains("technicians"));
        assertFalse(r.values("organizer").contains("mfa"), "a lecturer's ministry is no organizer");
    }

    @Test
    void everyFactCitesItsOwnPassage() {
        Read r = read(OPENING);
        for (Fact f : r.raw()) {
            assertTrue(f.span().end() <= OPENING.length() && f.span().start() < f.span().end(), f.toString());
        }
        Fact organizer = r.raw().stream().filter(f -> f.predicate().equals(ORGANIZER)).findFirst().orElseThrow();
        assertEquals("商务部主办", organizer.span().of(OPENING));
        assertEquals(id("rule", "relation-cue"), organizer.rule());
    }

    @Test
    void aTraditionalReprintGivesTheSameFactsQuotingItsOwnScript() {
        String traditional = OPENING.replace("商务部主办", "商務部主辦").replace("承办", "承辦").replace("老挝", "老撾")
                .replace("培训班", "培訓班").replace("开班", "開班");
        Read r = read(traditional);
        assertEquals(new TreeSet<>(List.of("mofcom")), r.values("organizer"));
        assertEquals(new TreeSet<>(List.of("LA")), r.values("targetCountry"));
        Fact organizer = r.raw().stream().filter(f -> f.predicate().equals(ORGANIZER)).findFirst().orElseThrow();
        assertEquals("商務部主辦", organizer.span().of(traditional));
    }

    @Test
    void severalProgramsInOneSentenceShareItsOrganizerAndHost() {
        String page = """
                东岸海事职业技术学院新闻网

                10月15日，受商务部委托，我院具体承办的“2018年东盟国家港口管理研修班”和“2018年非洲国家海关管理研修班”同时开班。
                “2018年东盟国家港口管理研修班”有来自越南、泰国等8个国家的24名官员。

                版权所有 东岸海事职业技术学院
                """;
        Read r = read(page);
        assertEquals(2, r.programs().size());
        for (ProgramRecord p : r.programs()) {
            List<Fact> own = r.raw().stream().filter(f -> f.subject().equals(p.iri())).toList();
            assertTrue(own.stream().anyMatch(f -> f.predicate().equals(ORGANIZER)), p.title());
            assertTrue(own.stream().anyMatch(f -> f.predicate().equals(HOST)), p.title());
        }
        ProgramRecord africa = r.programs().stream().filter(p -> p.title().contains("非洲")).findFirst().orElseThrow();
        assertTrue(r.raw().stream().noneMatch(f -> f.subject().equals(africa.iri()) && f.predicate().equals(PARTICIPANT_COUNT)),
                "the count of the other program is not this one's");
    }

    @Test
    void aMeetingIsAContactAndNoProgram() {
        Read r = read("中联部副部长张某在北京会见越南共产党代表团一行。\n双方就治国理政经验交流了看法。\n"
                + "相关新闻\n· 中联部部长会见老挝人民革命党代表团（2026-03-02）\n中联部领导会见柬埔寨客人（2026-02-11）\n");
        assertTrue(r.programs().isEmpty());
        assertEquals(new TreeSet<>(List.of("VN")), r.values("engagedWith"), "the links to other reports are not this page's");
    }

    @Test
    void aBodyMeetsWhomItMeetsWithAndEveryDelegationItsCueLists() {
        Read r = read("中联部副部长张某在京分别会见由某某率领的柬埔寨人民党代表团，以及由某某率领的尼共（联合马列）干部考察团。\n"
                + "又讯　同日，中联部部长助理李某同塞尔维亚前进党副主席举行视频会晤，双方就两党关系交换了意见。\n");
        assertTrue(r.programs().isEmpty());
        assertEquals(new TreeSet<>(List.of("KH", "NP", "RS")), r.values("engagedWith"));
    }

    @Test
    void traineesWhoWentToAPlaceInChinaWereTrainedInChinaUnlessThePageSaysOnline() {
        Read inPerson = read("由商务部主办的“2026年东盟国家茶叶加工技术研修班”于5月10日开班。学员们赴杭州考察了茶叶企业。\n");
        assertEquals(new TreeSet<>(List.of("in-china")), inPerson.values("delivery"));
        Read online = read("由商务部主办的“2026年东盟国家茶叶加工技术研修班”于5月10日以线上方式开班。学员们通过视频赴杭州考察了茶叶企业。\n");
        assertEquals(new TreeSet<>(List.of("online")), online.values("delivery"));
    }

    @Test
    void daysWithoutTheirMonthUnderThePagesDate() {
        Read r = read("2026年03月11日　星期三　某報訊\n"
                + "由中聯部主辦、某幹部學院承辦的「2026年柬埔寨青年幹部研修班」十日在長沙開班。三十名學員參加研修，研修班將持續至本月二十一日。\n");
        assertEquals(new TreeSet<>(List.of("2026-03-10")), r.values("startDate"));
        assertEquals(new TreeSet<>(List.of("2026-03-21")), r.values("endDate"), "本月: the page's month, though the day is later");
    }

    @Test
    void aHeadingOfAMeetingWithADelegationNamesNoProgram() {
        Read r = read("中联部负责同志分别会见老挝人民革命党干部考察团\n2026年5月12日\n5月11日，中联部副部长在北京会见老挝人民革命党干部考察团。\n");
        assertTrue(r.programs().isEmpty(), r.programs()::toString);
        assertEquals(new TreeSet<>(List.of("LA")), r.values("engagedWith"));
    }

    @Test
    void whomABodyMetIsInTheCuesClauseNotInWhatTheSidesDiscussed() {
        Read r = read("中联部副部长张某在北京会见尼泊尔共产党代表团，双方就中国同印度、孟加拉国的区域合作交换了意见。\n");
        assertEquals(new TreeSet<>(List.of("NP")), r.values("engagedWith"));
    }

    @Test
    void aRevisionInProseGivesOnlyTheNewDates() {
        String page = "关于调整研修班举办时间的说明\n原定于2021年6月7日至6月20日举办的“2021年吉尔吉斯斯坦海关管理研修班”调整至2021年7月5日至7月18日举办。\n";
        Read r = read(page);
        assertEquals(new TreeSet<>(List.of("2021-07-05")), r.values("startDate"));
        assertEquals(new TreeSet<>(List.of("2021-07-18")), r.values("endDate"));
        assertEquals(new TreeSet<>(List.of("revision")), r.values("documentKind"));
    }
}
