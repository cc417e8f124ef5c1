package org.exchangeatlas.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exchangeatlas.extract.Value;
import org.junit.jupiter.api.Test;

class PublishingUnitTest {
    private static String standsFor(String word, String publisher) {
        return ((Value.Name) PublishingUnit.standsFor(word, new Value.Name(Value.Name.ORGANIZATION, publisher))).name();
    }

    @Test
    void ourCollegeOnACollegesSchoolPageIsTheCollege() {
        assertEquals("南湖农业职业学院", standsFor("我院", "南湖农业职业学院国际教育学院"));
        assertEquals("东江关务学院", standsFor("我院", "东江关务学院国际培训中心"));
    }

    @Test
    void ourSchoolOnAUniversitysSchoolPageIsTheSchoolAndOurUniversityTheUniversity() {
        assertEquals("滨江经贸大学国际教育学院", standsFor("我院", "滨江经贸大学国际教育学院"));
        assertEquals("滨江经贸大学", standsFor("我校", "滨江经贸大学国际教育学院"));
    }

    @Test
    void aCentreOrAnInstitutionAloneIsItself() {
        assertEquals("东湖国际经济技术交流中心", standsFor("本中心", "东湖国际经济技术交流中心"));
        assertEquals("中国科学院大学", standsFor("我校", "中国科学院大学"));
    }

    @Test
    void aCommissionsWordForItselfIsTheCommissionAndNoCollege() {
        Value commission = new Value.Iri("https://w3id.org/exchange-atlas/id/body/nhc");
        assertEquals(commission, PublishingUnit.standsFor("我委", commission));
        assertEquals(PublishingUnit.NO_ONE, PublishingUnit.standsFor("我委", new Value.Name(Value.Name.ORGANIZATION, "南湖农业职业学院")));
    }
}
