package org.exchangeatlas.source;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Guesses a document's language from the scripts of its letters: Han text is Chinese, Cyrillic
 * Russian, Arabic script Arabic, Latin English. A hint for {@code dcterms:language}, not a verdict.
 */
public final class LanguageGuesser {

    public String guess(CharSequence text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            counts.merge(UnicodeScript.of(c), 1, Integer::sum);
        }
        int han = counts.getOrDefault(UnicodeScript.HAN, 0);
        int latin = counts.getOrDefault(UnicodeScript.LATIN, 0);
        int cyrillic = counts.getOrDefault(UnicodeScript.CYRILLIC, 0);
        int arabic = counts.getOrDefault(UnicodeScript.ARABIC, 0);
        // A Han character carries about a word; weigh Latin letters per word.
        double latinWords = latin / 5.0;
        if (han == 0 && latin == 0 && cyrillic == 0 && arabic == 0) {
            return "und";
        }
        if (han >= latinWords && han >= cyrillic / 5.0 && han >= arabic / 5.0) {
            return "zh";
        }
        if (cyrillic >= latin && cyrillic >= arabic) {
            return "ru";
        }
        if (arabic >= latin) {
            return "ar";
        }
        return "en";
    }
}
