package org.exchangeatlas.vocab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.model.AtlasTerms;

/**
 * Finds the vocabulary's labels in text: the extractors' dictionary. Every label of every concept
 * is indexed once (folded by {@link LabelNormalizer}); a search walks the text left to right and
 * takes, at each position, the longest label of a concept in the wanted schemes. Labels that
 * begin or end with a Latin letter or digit match only on word boundaries, so "Niger" is not
 * found inside "Nigeria"; Han labels match anywhere. An acronym that is a word in another case
 * ({@code atlas:acronym} "MOST") matches only as written.
 */
public final class DictionaryMatcher {

    /** A label as indexed; an acronym ({@code atlas:acronym}) matches only as written, in its case. */
    private record Entry(String folded, Concept concept, boolean latinStart, boolean latinEnd, String exactCase) {}

    private final Map<Character, List<Entry>> byFirstChar = new HashMap<>();
    private final Map<String, List<Concept>> byWholeLabel = new HashMap<>();
    private int maxLength;

    public DictionaryMatcher(Vocabulary vocabulary) {
        for (Vocabulary.Label label : vocabulary.labels()) {
            Optional<Concept> concept = vocabulary.concept(label.conceptIri());
            if (concept.isEmpty()) {
                continue;
            }
            String folded = LabelNormalizer.fold(label.text());
            maxLength = Math.max(maxLength, folded.length());
            Entry e = new Entry(folded, concept.get(), isWordChar(folded.charAt(0)),
                    isWordChar(folded.charAt(folded.length() - 1)),
                    label.property().equals(AtlasTerms.ACRONYM) ? label.text() : null);
            byFirstChar.computeIfAbsent(folded.charAt(0), k -> new ArrayList<>()).add(e);
            List<Concept> same = byWholeLabel.computeIfAbsent(folded, k -> new ArrayList<>());
            if (!same.contains(concept.get())) {
                same.add(concept.get());
            }
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry x) -> x.folded().length()).reversed()
                .thenComparing(x -> x.concept().iri());
        byFirstChar.values().forEach(list -> list.sort(longestFirst));
    }

    /**
     * The mentions of concepts in any of {@code schemes} within {@code text[from, to)},
     * non-overlapping, longest-leftmost.
     */
    public List<Mention> find(CharSequence text, int from, int to, Collection<String> schemes) {
        Set<String> wanted = Set.copyOf(schemes);
        CharSequence original = text.subSequence(from, to);
        String folded = LabelNormalizer.fold(original);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            Entry hit = longestAt(original, folded, i, wanted);
            if (hit == null) {
                i++;
                continue;
            }
            int start = from + i;
            int end = start + hit.folded().length();
            out.add(new Mention(hit.concept(), start, end, text.subSequence(start, end).toString()));
            i += hit.folded().length();
        }
        return out;
    }

    /** The mentions in the whole of {@code text}. */
    public List<Mention> find(CharSequence text, Collection<String> schemes) {
        return find(text, 0, text.length(), schemes);
    }

    /** The longest mention of a concept in {@code schemes} that starts exactly at {@code pos}. */
    public Optional<Mention> at(CharSequence text, int pos, Collection<String> schemes) {
        if (pos >= text.length()) {
            return Optional.empty();
        }
        int from = Math.max(0, pos - 1);
        int to = Math.min(text.length(), pos + maxLength + 1);
        CharSequence original = text.subSequence(from, to);
        Entry hit = longestAt(original, LabelNormalizer.fold(original), pos - from, Set.copyOf(schemes));
        if (hit == null) {
            return Optional.empty();
        }
        int end = pos + hit.folded().length();
        return Optional.of(new Mention(hit.concept(), pos, end, text.subSequence(pos, end).toString()));
    }

    /** The concepts in {@code schemes} that have exactly this label (folded), if any. */
    public List<Concept> lookup(String label, Collection<String> schemes) {
        return byWholeLabel.getOrDefault(LabelNormalizer.fold(label.strip()), List.of()).stream()
                .filter(c -> schemes.stream().anyMatch(c::inScheme))
                .toList();
    }

    /** The longest entry at {@code i} of the folded text; {@code original} is the same text unfolded (one character for one). */
    private Entry longestAt(CharSequence original, String folded, int i, Set<String> wanted) {
        List<Entry> candidates = byFirstChar.get(folded.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (!folded.startsWith(e.folded(), i)) {
                continue;
            }
            if (e.exactCase() != null && !writtenAt(original, e.exactCase(), i)) {
                continue;
            }
            int end = i + e.folded().length();
            if (e.latinStart() && i > 0 && isWordChar(folded.charAt(i - 1))) {
                continue;
            }
            if (e.latinEnd() && end < folded.length() && isWordChar(folded.charAt(end))) {
                continue;
            }
            if (e.concept().schemes().stream().anyMatch(wanted::contains)) {
                return e;
            }
        }
        return null;
    }

    private static boolean writtenAt(CharSequence text, String label, int i) {
        if (i + label.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < label.length(); k++) {
            if (text.charAt(i + k) != label.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return (c < 0x3000) && Character.isLetterOrDigit(c);
    }
}
