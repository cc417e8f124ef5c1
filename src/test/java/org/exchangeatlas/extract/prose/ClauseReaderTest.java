package org.exchangeatlas.extract.prose;

import static org.exchangeatlas.model.AtlasTerms.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.junit.jupiter.api.Test;

class ClauseReaderTest {
    private static final Value SELF = new Value.Name(Value.Name.ORGANIZATION, "示例职业学院");
    private final OrganizationFinder orgs = new OrganizationFinder(Vocab.MATCHER, Vocab.VOCABULARY.homeCountry());
    private final ClauseReader reader = new ClauseReader(Vocab.MATCHER, Vocab.VOCABULARY);

    private List<String> read(String clause) {
        Span all = new Span(0, clause.length());
        return reader.read(clause, all, orgs.find(clause, 0, clause.length(), SELF)).stream()
                .map(r -> r.property().substring(NS.length()) + " " + name(r.org().value())).toList();
    }

    private static String name(Value v) {
        return v instanceof Value.Iri i ? i.iri().substring(i.iri().lastIndexOf('/') + 1) : ((Value.Name) v).name();
    }

    @Test
    void organizerBeforeZhuBanAndHostBeforeChengBan() {
        assertEquals(List.of("organizer mofcom", "host 滨江国际经贸培训学院"),
                read("由商务部主办、滨江国际经贸培训学院承办的“2019年东盟国家港口管理研修班”在南宁开班"));
    }

    @Test
    void aFieldsWordInProseNamesTheOrganizationAfterIt() {
        assertEquals(List.of("organizer mofcom"), read("该研修班的主办单位为商务部"));
        assertEquals(List.of("host 湘江职业学院"), read("执行单位为湘江职业学院"));
        assertEquals(List.of("coOrganizer 湖北省科学技术厅"), read("湖北省科学技术厅给予支持"));
    }

    @Test
    void theEntrustingMinistryOrganizesAndOurCollegeHosts() {
        assertEquals(List.of("organizer mofcom"), read("受商务部委托"));
        assertEquals(List.of("host 示例职业学院"), read("我院具体承办的研修班今日开班"));
    }

    @Test
    void namesJoinedByAndShareTheCue() {
        assertEquals(List.of("organizer mofcom", "organizer most"), read("由商务部和科技部共同主办"));
    }

    @Test
    void aHoldingMinistryOrganizesAHoldingCollegeHosts() {
        assertEquals(List.of("organizer mofcom"), read("商务部举办的研修班"));
        assertEquals(List.of("host 江岸农业大学"), read("江岸农业大学举办的研修班"));
    }

    @Test
    void aSpeakerIsNoOrganizer() {
        assertEquals(List.of(), read("外交部亚洲司副司长在开班式上致辞"));
    }

    @Test
    void englishCuesTakeTheNamesAfterThem() {
        assertEquals(List.of("organizer mofcom", "host Riverside University of Technology"),
                read("The seminar was organized by China's Ministry of Commerce and implemented by Riverside University of Technology"));
        assertEquals(List.of("host 示例职业学院"), read("a course hosted by our college"));
    }

    @Test
    void traditionalScriptReadsTheSame() {
        assertEquals(List.of("organizer mofcom", "host 濱江國際經貿培訓學院"), read("由商務部主辦、濱江國際經貿培訓學院承辦"));
    }

    @Test
    void aBodysOwnUnitNamedInFullIsTheUnitAndASlashJoinsAName() {
        assertEquals(List.of("organizer mofcom", "host GACC Ningxia Training Base"),
                read("The course was sponsored by MOFCOM and implemented by the GACC Ningxia Training Base"));
        assertEquals(List.of("coOrganizer World Customs Organization Asia/Pacific Regional Office"),
                read("co-organized by the World Customs Organization Asia/Pacific Regional Office"));
    }

    @Test
    void aMinistrysDepartmentAndItsTargetsStandBetweenItAndItsCue() {
        assertEquals(List.of("organizer mara"), read("受农业农村部国际合作司委托"));
        assertEquals(List.of("organizer mofcom"), read("本次研修班是商务部今年面向太平洋岛国举办的"));
        assertEquals(List.of("organizer mofcom"), read("本期研修班是商务部2025年援外人力资源开发合作项目"));
    }

    @Test
    void theEntrustingBodyStandsBetweenTheHostAndItsCue() {
        assertEquals(List.of("organizer nrta", "host 示例职业学院"), read("本期研修班是我院受国家广播电视总局委托承办的援外培训项目"));
    }

    @Test
    void aProvincialDepartmentHoldingAProgramOrganizesIt() {
        assertEquals(List.of("organizer 省教育厅"), read("省教育厅举办2025年东盟国家职业院校管理者研修班"));
    }

    @Test
    void ourUniversitysSchoolIsNamedAfterOurUniversity() {
        assertEquals(List.of("organizer mofcom", "host 示例职业学院国际教育学院"), read("由商务部主办、我院国际教育学院具体实施"));
    }

    @Test
    void aShortNameInBracketsDoesNotEndTheListOfSponsors() {
        assertEquals(List.of("organizer cidca", "organizer mofcom"),
                read("The seminar was sponsored by the China International Development Cooperation Agency (CIDCA) and the Ministry of Commerce of China"));
    }

    @Test
    void aPlaceMayStandBetweenAMinistryAndTheProgramItHolds() {
        assertEquals(List.of("organizer mara"), read("农业农村部在湖南长沙举办“2024年发展中国家杂交水稻技术培训班”"));
        assertEquals(List.of("organizer mara"), read("农业农村部2024年在同一承办单位举办的培训班已结束"), "承办单位 is no host here");
    }

    @Test
    void anotherCountrysMinistryIsNotChinas() {
        assertEquals(List.of("coOrganizer 埃塞俄比亚农业部"), read("埃塞俄比亚农业部协办"));
        assertEquals(List.of("organizer mofcom"), read("由中国商务部主办"));
    }
}
