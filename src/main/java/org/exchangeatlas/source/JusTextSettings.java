package org.exchangeatlas.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The data the jusText classifier works from: the thresholds per language and the stoplists
 * (English function words, Chinese function characters), read from resource files beside this
 * class ({@code justext/justext.properties}, {@code justext/stoplist-LANG.txt}) so that a new
 * language or a changed threshold is an edit of data, not of code.
 */
public final class JusTextSettings {

    /**
     * The thresholds for blocks of one language.
     *
     * @param language       {@code en}, {@code zh}, or {@code any} (no stoplist: jusText's
     *                       language-independent mode)
     * @param lengthLow      below this many characters a block is "short"
     * @param lengthHigh     above this many characters a block with enough stopwords is "good"
     * @param stopwordsLow   below this stopword density a block is "bad"
     * @param stopwordsHigh  from this density on a block is "good" (if long) or "near-good"
     * @param stopwords      the stoplist (words in lower case, or single Han characters)
     */
    public record Thresholds(String language, int lengthLow, int lengthHigh, double stopwordsLow,
                             double stopwordsHigh, Set<String> stopwords) {
        public Thresholds {
            stopwords = Set.copyOf(stopwords);
        }
    }

    private static final String DIR = "justext/";

    private final Map<String, Thresholds> byLanguage;
    private final double maxLinkDensity;
    private final int maxHeadingDistance;

    private JusTextSettings(Map<String, Thresholds> byLanguage, double maxLinkDensity, int maxHeadingDistance) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.maxLinkDensity = maxLinkDensity;
        this.maxHeadingDistance = maxHeadingDistance;
    }

    /** The settings shipped on the class path. */
    public static JusTextSettings standard() {
        Properties p = new Properties();
        try (InputStream in = resource("justext.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("jusText settings unreadable", e);
        }
        Map<String, Thresholds> m = new HashMap<>();
        for (String lang : new String[] {"en", "zh", "any"}) {
            m.put(lang, new Thresholds(lang,
                    Integer.parseInt(p.getProperty(lang + ".length.low")),
                    Integer.parseInt(p.getProperty(lang + ".length.high")),
                    Double.parseDouble(p.getProperty(lang + ".stopwords.low")),
                    Double.parseDouble(p.getProperty(lang + ".stopwords.high")),
                    lang.equals("any") ? Set.of() : stoplist(lang)));
        }
        return new JusTextSettings(m, Double.parseDouble(p.getProperty("max.link.density")),
                Integer.parseInt(p.getProperty("max.heading.distance")));
    }

    /** The thresholds for a language ({@code en}, {@code zh}); {@code any} for one without a stoplist. */
    public Thresholds thresholds(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get("any"));
    }

    /** A block more than this share of whose characters are link text is bad. */
    public double maxLinkDensity() {
        return maxLinkDensity;
    }

    /** How far (in characters) a good block may follow a short heading for the heading to count. */
    public int maxHeadingDistance() {
        return maxHeadingDistance;
    }

    private static Set<String> stoplist(String lang) {
        Set<String> words = new HashSet<>();
        try (InputStream in = resource("stoplist-" + lang + ".txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stoplist " + lang + " unreadable", e);
        }
        return words;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = JusTextSettings.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException(DIR + name + " missing from the class path");
        }
        return in;
    }
}
