package org.exchangeatlas.extract.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;

/**
 * The short names an English text gives the units it names ("Hangzhou Silk Road Textile College
 * (HSRTC)"), so that a later sentence that names a unit by its short name ("implemented by HSRTC",
 * "hosted by NUFE's School of International Education") names that unit. Only what the text
 * itself defines is read: an upper-case word never defined stays no one.
 */
public final class Abbreviations {
    /** A short name in brackets right after a name: " (HSRTC)", "（NUFE）". */
    private static final Pattern DEFINED = Pattern.compile("\\s*[(（]\\s*([A-Z][A-Za-z]{1,9})\\s*[)）]");
    private static final int MIN_CAPITALS = 2;
    private static final java.util.Set<String> SMALL = java.util.Set.of("of", "for", "and", "the", "&", "in", "on");

    private final Map<String, Value> names;
    /** Where each short name is written as a word of its own, compiled once for the text's every clause. */
    private final Map<String, Pattern> uses = new LinkedHashMap<>();

    private Abbreviations(Map<String, Value> names) {
        this.names = names;
        names.keySet().forEach(k -> uses.put(k, Pattern.compile("(?<![A-Za-z])" + Pattern.quote(k) + "(?![A-Za-z])")));
    }

    /** The short names {@code text} defines for the units {@code orgs} finds in it. */
    public static Abbreviations in(String text, OrganizationFinder orgs, Value self) {
        Map<String, Value> names = new LinkedHashMap<>();
        for (OrgMention o : orgs.find(text, 0, text.length(), self)) {
            if (o.body() || !(o.value() instanceof Value.Name)) {
                continue; // bodies are known by their abbreviations already (MOFCOM)
            }
            Matcher m = DEFINED.matcher(text).region(o.span().end(), text.length());
            if (m.lookingAt() && m.group(1).chars().filter(Character::isUpperCase).count() >= MIN_CAPITALS) {
                String full = ((Value.Name) o.value()).name();
                names.putIfAbsent(m.group(1), new Value.Name(Value.Name.ORGANIZATION, spelled(full, m.group(1))));
            }
        }
        return new Abbreviations(names);
    }

    private java.util.Optional<Value> owner(String name) {
        int apostrophe = Math.max(name.indexOf("'s "), name.indexOf("’s "));
        return apostrophe > 0 ? java.util.Optional.ofNullable(names.get(name.substring(0, apostrophe))) : java.util.Optional.empty();
    }

    /**
     * The end of a name whose words' initials spell its short name: "Jinlun Hall of Hangzhou Silk
     * Road Textile College (HSRTC)" defines the college, not its hall; the whole name when none does.
     */
    static String spelled(String name, String abbreviation) {
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (SMALL.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int j = i; j < words.length; j++) {
                if (!SMALL.contains(words[j].toLowerCase(java.util.Locale.ROOT)) && !words[j].isEmpty()) {
                    initials.append(words[j].charAt(0));
                }
            }
            if (initials.toString().equalsIgnoreCase(abbreviation)) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            }
        }
        return name;
    }

    /** {@code found} with the units {@code text[from, to)} names by a short name, in order. */
    public List<OrgMention> with(List<OrgMention> found, String text, int from, int to) {
        if (names.isEmpty()) {
            return found;
        }
        List<OrgMention> out = new ArrayList<>();
        for (OrgMention o : found) { // NUFE's School of International Education: the university's school, so the university
            out.add(o.value() instanceof Value.Name n ? owner(n.name()).map(v -> new OrgMention(o.span(), v, false)).orElse(o) : o);
        }
        for (Map.Entry<String, Value> e : names.entrySet()) {
            Matcher m = uses.get(e.getKey()).matcher(text).region(from, to);
            while (m.find()) {
                int s = m.start();
                int end = m.end();
                boolean inside = out.stream().anyMatch(o -> o.span().start() < end && s < o.span().end());
                boolean defining = s > 0 && "(（".indexOf(text.charAt(s - 1)) >= 0;
                if (!inside && !defining) {
                    out.add(new OrgMention(new Span(s, end), e.getValue(), false));
                }
            }
        }
        out.sort(Comparator.comparingInt(o -> o.span().start()));
        return out;
    }
}
