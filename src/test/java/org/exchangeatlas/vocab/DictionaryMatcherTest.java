package org.exchangeatlas.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class DictionaryMatcherTest {
    private static final String S = "https://w3id.org/exchange-atlas/id/scheme/";
    private static final String TTL = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix atlas: <https://w3id.org/exchange-atlas/ontology#> .
            @prefix c: <https://w3id.org/exchange-atlas/id/country/> .
            @prefix g: <https://w3id.org/exchange-atlas/id/group/> .
            @prefix s: <https://w3id.org/exchange-atlas/id/scheme/> .
            c:NE skos:inScheme s:countries ; skos:prefLabel "Niger"@en, "尼日尔"@zh .
            c:NG skos:inScheme s:countries ; skos:prefLabel "Nigeria"@en, "尼日利亚"@zh .
            c:GN skos:inScheme s:countries ; skos:prefLabel "Guinea"@en, "几内亚"@zh .
            c:GW skos:inScheme s:countries ; skos:prefLabel "Guinea-Bissau"@en, "几内亚比绍"@zh .
            c:GQ skos:inScheme s:countries ; skos:prefLabel "Equatorial Guinea"@en, "赤道几内亚"@zh .
            c:RU skos:inScheme s:countries ; skos:prefLabel "Russia"@en, "俄罗斯"@zh .
            g:sco skos:inScheme s:groups ; skos:prefLabel "Shanghai Cooperation Organization"@en, "上海合作组织"@zh ;
                  skos:altLabel "上合组织"@zh, "SCO"@en ; skos:hiddenLabel "上海合作組織"@zh .
            g:cee skos:inScheme s:groups ; skos:altLabel "中国—中东欧国家"@zh .
            <https://w3id.org/exchange-atlas/id/body/most> skos:inScheme s:bodies ;
                  skos:prefLabel "Ministry of Science and Technology"@en ; atlas:acronym "MOST"@en .
            """;

    private final DictionaryMatcher matcher = new DictionaryMatcher(vocabulary());

    private static Vocabulary vocabulary() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(TTL), null, "TTL");
        return Vocabulary.from(m);
    }

    private List<String> iris(String text, String... schemes) {
        return matcher.find(text, List.of(schemes)).stream()
                .map(x -> x.concept().iri().replaceAll(".*/", "") + "@" + x.start() + "-" + x.end()).toList();
    }

    @Test
    void longestLabelWinsThenLeftmost() {
        assertEquals(List.of("GW@0-5", "GQ@6-11", "GN@12-15"),
                iris("几内亚比绍、赤道几内亚、几内亚", S + "countries"));
    }

    @Test
    void latinLabelsMatchOnWordBoundariesOnly() {
        assertEquals(List.of("NG@15-22", "NE@27-32"), iris("Officials from Nigeria and Niger.", S + "countries"));
        assertTrue(iris("the SCOPE of work", S + "groups").isEmpty());
        assertEquals(List.of("sco@4-7"), iris("The SCO summit", S + "groups"));
    }

    @Test
    void anAcronymThatIsAWordMatchesOnlyInItsCase() {
        assertEquals(List.of("most@30-34"), iris("The courses were sponsored by MOST.", S + "bodies"));
        assertTrue(iris("Most of the participants were officials.", S + "bodies").isEmpty());
        assertTrue(iris("the most senior official", S + "bodies").isEmpty());
    }

    @Test
    void foldsFullWidthFormsDashesCaseAndFindsHiddenLabels() {
        assertEquals(List.of("sco@0-6", "RU@7-10"), iris("上海合作組織：俄罗斯", S + "groups", S + "countries"));
        assertEquals(List.of("cee@0-8"), iris("中国-中东欧国家", S + "groups"));
        assertEquals(List.of("sco@0-3"), iris("ｓｃｏ", S + "groups"));
    }

    @Test
    void onlyTheWantedSchemesAreFound() {
        assertEquals(List.of("RU@7-10"), iris("上合组织成员国俄罗斯", S + "countries"));
        assertEquals(List.of(), matcher.lookup("俄罗斯", List.of(S + "groups")));
        assertEquals("https://w3id.org/exchange-atlas/id/group/sco",
                matcher.lookup(" 上合组织 ", List.of(S + "groups")).get(0).iri());
    }

    @Test
    void findsTheLongestLabelStartingAtAPosition() {
        Mention m = matcher.at("参训国家：赤道几内亚", 5, List.of(S + "countries")).orElseThrow();
        assertEquals("赤道几内亚", m.surface());
        assertTrue(matcher.at("参训国家：赤道几内亚", 6, List.of(S + "groups")).isEmpty());
    }
}
