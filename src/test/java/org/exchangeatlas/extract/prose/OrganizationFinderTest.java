package org.exchangeatlas.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.exchangeatlas.extract.Value;
import org.junit.jupiter.api.Test;

/** Units' names read back from their suffix, where a boundary word would cut them short. */
class OrganizationFinderTest {
    private final OrganizationFinder orgs = new OrganizationFinder(Vocab.MATCHER, Vocab.VOCABULARY.homeCountry());

    private List<String> names(String s) {
        return orgs.find(s, 0, s.length(), new Value.Name(Value.Name.ORGANIZATION, "SELF")).stream()
                .map(o -> o.span().of(s)).toList();
    }

    @Test
    void wordsThatAreBoundariesElsewhereArePartOfTheseNames() {
        assertEquals(List.of("中国热带农业科学院橡胶研究所"), names("由中国热带农业科学院橡胶研究所承办"), "院长 is the seam of a compound name");
        assertEquals(List.of("滨江公安高等专科学校"), names("由滨江公安高等专科学校承办"), "等 inside the suffix 高等专科学校");
        assertEquals(List.of("国家林业和草原局北方林草干部培训学院"), names("由国家林业和草原局北方林草干部培训学院承办"), "和 inside a body's name");
        assertEquals(List.of("中国—东盟海事培训基地"), names("中国—东盟海事培训基地承办"), "the dash of 中国—东盟");
        assertEquals(List.of("生态环境部对外合作与交流中心"), names("生态环境部对外合作与交流中心具体承办"), "与 joins two words of one unit's name");
    }

    @Test
    void joinersBetweenTwoNamesStillSeparateThem() {
        assertEquals(List.of("商务部", "农业农村部", "SELF"), orgs.find("由商务部、农业农村部与我院共同主办", 0, 14,
                new Value.Name(Value.Name.ORGANIZATION, "SELF")).stream()
                .map(o -> o.value() instanceof Value.Name n ? n.name() : o.span().of("由商务部、农业农村部与我院共同主办")).toList());
    }

    @Test
    void aNameInsideAnUnclosedBracketAndAVerbBeforeANameAreNoPartOfIt() {
        assertEquals(List.of("东海传媒学院继续教育学院", "国家广播电视总局"), names("东海传媒学院继续教育学院（国家广播电视总局"));
        assertEquals(List.of("滨江职业学院"), names("这标志着滨江职业学院援外培训进入新阶段"));
    }

    @Test
    void aJoinerAfterAUnitsSuffixJoinsTwoUnits() {
        assertEquals(List.of("自然资源部国际合作中心", "云南省自然资源厅"), names("由自然资源部国际合作中心与云南省自然资源厅共同承办"));
    }

    @Test
    void anEnglishSelfReferenceThatOpensANameIsTheName() {
        assertEquals(List.of("Institute for Maritime Cooperation Studies"),
                names("The course was implemented by the Institute for Maritime Cooperation Studies in Ningbo."));
        assertEquals(List.of("the institute"), names("The course was implemented by the institute in Ningbo."));
    }

    @Test
    void aMinistryOfAnotherCountryNamedAfterItIsThatCountrys() {
        String s = "The delegation of the Ministry of Commerce of Laos met the Ministry of Commerce.";
        assertEquals(List.of("Ministry of Commerce of Laos", "mofcom"), orgs.find(s, 0, s.length(), new Value.Name(Value.Name.ORGANIZATION, "SELF"))
                .stream().map(o -> o.value() instanceof Value.Name n ? n.name() : ((Value.Iri) o.value()).iri().replaceAll(".*/", "")).toList());
    }

    @Test
    void aProgramsNameThatHoldsAUnitsWordIsNoUnit() {
        assertEquals(List.of("Lakeside Normal University"), names(
                "Lakeside Normal University hosted the 2023 Seminar on Campus Management for University Leaders of Asian Countries."));
    }

    @Test
    void provincialDepartmentsAndCustomsHousesAreUnits() {
        assertEquals(List.of("海关总署", "南岭海关学院", "南宁海关", "浙江省应急管理厅"),
                names("由海关总署主办、南岭海关学院承办、南宁海关和浙江省应急管理厅协办"));
    }

    @Test
    void aMonthAfterAnEnglishNameIsNoPartOfIt() {
        assertEquals(List.of("Xiling Normal University"), names("The workshop got under way at Xiling Normal University on October 15."));
    }

    @Test
    void aUnitsShortFormOnItsOwnSiteIsTheUnit() {
        String s = "省教育厅举办研修班";
        assertEquals(List.of("江西省教育厅"), orgs.find(s, 0, s.length(), new Value.Name(Value.Name.ORGANIZATION, "江西省教育厅")).stream()
                .map(o -> ((Value.Name) o.value()).name()).toList());
    }
}
