package org.exchangeatlas.eval;

import static org.exchangeatlas.model.AtlasTerms.id;
import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;

/**
 * Turns gold values into the keys facts compare by, the way the atlas resolves what it reads: a
 * body's name through the vocabulary (any label or abbreviation, either script) to the body, else
 * to the organization the atlas makes of that name ({@code id/org/{hash}} of the folded name, as
 * {@link NameResolver} makes it); an ISO code to {@code id/country/XX}; a group, role, topic,
 * requirement or delivery through any label of a concept of its scheme.
 */
final class GoldResolver {
    private static final List<String> BODIES = List.of(scheme("bodies"));
    private static final List<String> COUNTRIES = List.of(scheme("countries"));

    private final DictionaryMatcher matcher;

    GoldResolver(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    ResolvedGold resolve(GoldFile gold) throws EvalException {
        List<ResolvedGold.Program> programs = new ArrayList<>();
        for (GoldProgram p : gold.programs()) {
            Map<Field, Map<String, GoldValue>> values = new EnumMap<>(Field.class);
            p.values().forEach((field, written) -> {
                Map<String, GoldValue> byKey = new LinkedHashMap<>();
                written.forEach(w -> {
                    GoldValue v = value(field, w);
                    byKey.putIfAbsent(v.key(), v);
                });
                values.put(field, byKey);
            });
            programs.add(new ResolvedGold.Program(p, values));
        }
        Map<String, GoldValue> engagements = new LinkedHashMap<>();
        gold.engagedWith().forEach(e -> {
            GoldValue v = engagement(e);
            engagements.putIfAbsent(v.key(), v);
        });
        Map<Field, Map<String, GoldValue>> absent = new EnumMap<>(Field.class);
        for (int i = 0; i < gold.absent().size(); i++) {
            GoldAbsent a = gold.absent().get(i);
            GoldValue v = a.engagement() != null ? engagement(a.engagement()) : value(a.field(), a.value());
            for (ResolvedGold.Program p : programs) {
                if (p.of(a.field()).containsKey(v.key())) {
                    throw new EvalException(gold.path() + ": absent[" + i + "]: " + a.field().key() + " " + a.written()
                            + " is also a value of programs[" + p.source().index() + "]");
                }
            }
            if (engagements.containsKey(v.key())) {
                throw new EvalException(gold.path() + ": absent[" + i + "]: " + a.written() + " is also in engagedWith");
            }
            absent.computeIfAbsent(a.field(), k -> new LinkedHashMap<>()).putIfAbsent(v.key(), v);
        }
        return new ResolvedGold(gold, programs, engagements, absent);
    }

    private GoldValue value(Field field, String written) {
        return switch (field.kind()) {
            case ORGANIZATION -> new GoldValue(field, written, organization(written), true);
            case COUNTRY -> resolved(field, written, country(written));
            case CONCEPT -> resolved(field, written, concept(written, List.of(field.scheme())));
            default -> new GoldValue(field, written, ValueKeys.literal(field, written), true);
        };
    }

    private GoldValue engagement(GoldEngagement e) {
        String country = country(e.country());
        String written = e.body() + " -> " + e.country();
        String key = country == null ? null : ValueKeys.engagement(organization(e.body()), country);
        return resolved(Field.ENGAGED_WITH, written, key);
    }

    /** A value that resolved to {@code key}, or, when null, one that can never match. */
    private static GoldValue resolved(Field field, String written, String key) {
        return key != null ? new GoldValue(field, written, key, true)
                : new GoldValue(field, written, "\u0000unresolved " + field.key() + " " + written, false);
    }

    private String organization(String name) {
        List<Concept> known = matcher.lookup(name, BODIES);
        return known.size() == 1 ? known.get(0).iri() : id("org", NameResolver.slug(name));
    }

    private String country(String written) {
        if (written.matches("[A-Za-z]{2}")) {
            return id("country", written.toUpperCase(Locale.ROOT));
        }
        return concept(written, COUNTRIES);
    }

    private String concept(String label, List<String> schemes) {
        return matcher.lookup(label, schemes).stream().map(Concept::iri).min(Comparator.naturalOrder()).orElse(null);
    }
}
