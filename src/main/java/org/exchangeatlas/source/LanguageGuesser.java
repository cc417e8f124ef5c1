package org.exchangeatlas.source;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the language of a document or a passage: by script first (Han is Chinese, Cyrillic
 * Russian, Arabic script Arabic), then, for Latin-script text, by character n-grams (the
 * Optimaize detector's profiles) among English, French, Spanish, Portuguese and German. A hint
 * for {@code dcterms:language}, not a verdict: text too short to tell gets the fallback.
 */
public final class LanguageGuesser {
    private static final List<String> LATIN_LANGUAGES = List.of("en", "fr", "es", "pt", "de");
    /** Below this many Latin letters, n-grams are not trusted. */
    private static final int MIN_LATIN_LETTERS = 40;

    private final LanguageDetector latin;

    public LanguageGuesser() {
        try {
            this.latin = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().read(LATIN_LANGUAGES))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the class path", e);
        }
    }

    /** The language of a whole document; {@code und} when it has no letters. */
    public String guess(CharSequence text) {
        return guess(text, "und");
    }

    /** The language of a passage, or {@code fallback} (the document's) when it cannot be told. */
    public String guess(CharSequence text, String fallback) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                counts.merge(UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        int han = counts.getOrDefault(UnicodeScript.HAN, 0);
        int latinLetters = counts.getOrDefault(UnicodeScript.LATIN, 0);
        int cyrillic = counts.getOrDefault(UnicodeScript.CYRILLIC, 0);
        int arabic = counts.getOrDefault(UnicodeScript.ARABIC, 0);
        if (han + latinLetters + cyrillic + arabic == 0) {
            return fallback;
        }
        // A Han character carries about a word; weigh other letters per word.
        double latinWords = latinLetters / 5.0;
        if (han >= latinWords && han >= cyrillic / 5.0 && han >= arabic / 5.0) {
            return "zh";
        }
        if (cyrillic >= latinLetters && cyrillic >= arabic) {
            return "ru";
        }
        if (arabic >= latinLetters) {
            return "ar";
        }
        if (latinLetters < MIN_LATIN_LETTERS) {
            return LATIN_LANGUAGES.contains(fallback) ? fallback : "en";
        }
        com.google.common.base.Optional<LdLocale> best = latin.detect(text);
        return best.isPresent() ? best.get().getLanguage() : "en";
    }
}
