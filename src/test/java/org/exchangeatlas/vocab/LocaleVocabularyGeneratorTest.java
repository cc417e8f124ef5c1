package org.exchangeatlas.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocaleVocabularyGeneratorTest {
    private final LocaleVocabularyGenerator generator = new LocaleVocabularyGenerator();

    @Test
    void committedFilesAreWhatTheJdkGives() throws Exception {
        assertEquals(generator.countries(), Files.readString(Path.of("ontology/vocab/countries.ttl")),
                "ontology/vocab/countries.ttl is stale: run 'atlas vocab-gen'");
        assertEquals(generator.languages(), Files.readString(Path.of("ontology/vocab/languages.ttl")),
                "ontology/vocab/languages.ttl is stale: run 'atlas vocab-gen'");
    }

    @Test
    void countriesCarryNamesInThreeLanguagesAndCodes() {
        String ttl = generator.countries();
        assertTrue(ttl.contains("""
                <https://w3id.org/exchange-atlas/id/country/KZ>
                    a atlas:Country, skos:Concept ;
                    skos:inScheme <https://w3id.org/exchange-atlas/id/scheme/countries> ;
                    skos:prefLabel "Kazakhstan"@en ;
                    skos:prefLabel "哈萨克斯坦"@zh ;
                    skos:prefLabel "Казахстан"@ru ;
                    skos:notation "KZ" ;
                    atlas:iso3166alpha3 "KAZ" ;
                    atlas:iso3166alpha2 "KZ" ."""), ttl.substring(0, 400));
    }
}
