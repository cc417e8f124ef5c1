package org.exchangeatlas.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void tellsTheSixLanguagesOfTheNoticesApart() {
        assertEquals("zh", guesser.guess("2021年俄语国家地方政府领导人研修班将于9月在线上举办。"));
        assertEquals("en", guesser.guess("The Ministry of Commerce will hold a seminar on port management for officials from Portuguese-speaking countries."));
        assertEquals("ru", guesser.guess("Министерство коммерции Китая проводит семинар для государственных служащих стран СНГ."));
        assertEquals("ar", guesser.guess("تنظم وزارة التجارة الصينية ندوة للمسؤولين الحكوميين من الدول العربية حول الاقتصاد الرقمي."));
        assertEquals("fr", guesser.guess("Le ministère du Commerce organise un séminaire sur la gestion portuaire pour les fonctionnaires des pays africains."));
        assertEquals("es", guesser.guess("El Ministerio de Comercio organiza un seminario sobre gestión portuaria para funcionarios de los países latinoamericanos."));
    }

    @Test
    void aPassageTooShortToTellTakesTheDocumentsLanguage() {
        assertEquals("fr", guesser.guess("Kazakhstan", "fr"));
        assertEquals("en", guesser.guess("Kazakhstan", "zh"));
        assertEquals("zh", guesser.guess("哈萨克斯坦", "en"));
        assertEquals("und", guesser.guess("2021 — 42", "und"));
    }
}
