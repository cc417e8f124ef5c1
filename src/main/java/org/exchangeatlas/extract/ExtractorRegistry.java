package org.exchangeatlas.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.source.Document;

/**
 * The one map from a {@link DocumentKind} to the extractor that reads it and the rules its claims
 * are stamped with by default, as RIOT's {@code RDFParserRegistry} maps a {@code Lang} to its
 * reader factory. Every document goes through the entries whose extractor accepts it, in the
 * order they were registered. Immutable: {@link #with} returns a new registry.
 */
public final class ExtractorRegistry {
    /**
     * One registered extractor.
     *
     * @param kind      the kind of document it reads
     * @param extractor the extractor
     * @param rules     the rules its facts and titles are stamped with where it names none
     *                  (null: none stamped)
     */
    public record Entry(DocumentKind kind, Extractor extractor, ExtractorRules rules) {}

    private final Map<DocumentKind, Entry> entries;

    private ExtractorRegistry(Map<DocumentKind, Entry> entries) {
        this.entries = entries;
    }

    /** A registry with no extractor. */
    public static ExtractorRegistry empty() {
        return new ExtractorRegistry(Map.of());
    }

    /** This registry and {@code extractor} for {@code kind}; a kind is registered once. */
    public ExtractorRegistry with(DocumentKind kind, Extractor extractor, ExtractorRules rules) {
        if (entries.containsKey(kind)) {
            throw new IllegalArgumentException("an extractor is registered for " + kind.name() + " already");
        }
        Map<DocumentKind, Entry> more = new LinkedHashMap<>(entries);
        more.put(kind, new Entry(kind, Objects.requireNonNull(extractor, "extractor"), rules));
        return new ExtractorRegistry(Collections.unmodifiableMap(more));
    }

    /** Every entry, in the order of registration. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The kinds registered. */
    public Set<DocumentKind> kinds() {
        return entries.keySet();
    }

    /** The entry of a kind. */
    public Optional<Entry> entry(DocumentKind kind) {
        return Optional.ofNullable(entries.get(kind));
    }

    /** The entries whose extractor reads {@code document}, in the order of registration. */
    public List<Entry> accepting(Document document) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.extractor().accepts(document)) {
                out.add(e);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
