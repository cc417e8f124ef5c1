package org.exchangeatlas.extract.coded;

import static org.exchangeatlas.model.AtlasTerms.XSD;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Reads one value of a cell as the object of its property, through the same vocabularies as text:
 * a concept by its whole label in any language ({@link DictionaryMatcher#lookup}), else by its id
 * (a country's ISO 3166 alpha-2 code, {@code KZ}; a concept's IRI slug, {@code port-management});
 * an organization as a name for the resolver; a year, a date or a count as a typed literal. What
 * does not read is a reason for a user, never a guess.
 */
final class ValueReader {
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final Pattern ISO_ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final DictionaryMatcher matcher;
    private final Vocabulary vocabulary;

    ValueReader(DictionaryMatcher matcher, Vocabulary vocabulary) {
        this.matcher = matcher;
        this.vocabulary = vocabulary;
    }

    /** A value read, or why not. */
    sealed interface Read {
        record Ok(Value value) implements Read {}

        record Failed(String reason) implements Read {}
    }

    Read read(MappedProperty property, String value) {
        return switch (property.kind()) {
            case ORGANIZATION -> new Read.Ok(new Value.Name(Value.Name.ORGANIZATION, value));
            case CONCEPT -> concept(property, value);
            case YEAR -> year(value).<Read>map(y -> new Read.Ok(new Value.Typed(String.valueOf(y), XSD + "gYear")))
                    .orElseGet(() -> new Read.Failed("not a year: \"" + value + "\""));
            case DATE -> date(value).<Read>map(d -> new Read.Ok(new Value.Typed(d.toString(), XSD + "date")))
                    .orElseGet(() -> new Read.Failed("not a date (YYYY-MM-DD): \"" + value + "\""));
            case COUNT -> COUNT.matcher(value).matches()
                    ? new Read.Ok(new Value.Typed(String.valueOf(Integer.parseInt(value)), XSD + "integer"))
                    : new Read.Failed("not a number of participants: \"" + value + "\"");
            case TITLE, KEY -> throw new IllegalArgumentException(property + " is read by the extractor");
        };
    }

    static Optional<Integer> year(String value) {
        return YEAR.matcher(value).matches() ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    static Optional<LocalDate> date(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Read concept(MappedProperty property, String value) {
        List<Concept> byLabel = matcher.lookup(value, List.of(property.scheme()));
        if (byLabel.size() > 1) {
            return new Read.Failed("ambiguous " + property.noun() + " \"" + value + "\": it could be any of "
                    + String.join(", ", byLabel.stream().map(c -> c.iri().substring(c.iri().lastIndexOf('/') + 1)).sorted().toList()));
        }
        Optional<Concept> found = byLabel.isEmpty() ? byId(property, value) : Optional.of(byLabel.get(0));
        if (found.isEmpty()) {
            return new Read.Failed("no " + property.noun() + " named \"" + value + "\"");
        }
        if (property == MappedProperty.TARGET_COUNTRY && vocabulary.homeCountry().filter(found.get().iri()::equals).isPresent()) {
            return new Read.Failed("\"" + value + "\" is the organizers' own country, not a target");
        }
        return new Read.Ok(new Value.Iri(found.get().iri()));
    }

    /** A concept named by its id: {@code KZ} for a country, the IRI's last segment for any concept. */
    private Optional<Concept> byId(MappedProperty property, String value) {
        boolean id = property == MappedProperty.TARGET_COUNTRY ? ISO_ALPHA2.matcher(value).matches()
                : SLUG.matcher(value).matches();
        if (!id) {
            return Optional.empty();
        }
        return property.idKinds().stream()
                .map(kind -> vocabulary.concept(AtlasTerms.id(kind, value)))
                .flatMap(Optional::stream)
                .filter(c -> c.inScheme(property.scheme()))
                .findFirst();
    }
}
