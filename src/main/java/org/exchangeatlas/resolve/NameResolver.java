package org.exchangeatlas.resolve;

import static org.exchangeatlas.model.AtlasTerms.ORGANIZATION;
import static org.exchangeatlas.model.AtlasTerms.id;
import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.RecordSinkWrapper;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.Digests;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.LabelNormalizer;

/**
 * Turns the names extractors give ({@link Value.Name}) into IRIs: a body of the vocabulary when
 * one has exactly that label, else a new organization named as the text names it, whose IRI
 * ({@code id/org/{hash}}) depends only on the folded name, so the same name gives the same IRI on
 * every build.
 */
public final class NameResolver extends RecordSinkWrapper {
    private static final List<String> BODY_SCHEMES = List.of(scheme("bodies"));

    private final DictionaryMatcher matcher;
    private final Set<String> announced = new HashSet<>();

    public NameResolver(DictionaryMatcher matcher, RecordSink next) {
        super(next);
        this.matcher = matcher;
    }

    @Override
    public void startDocument(Document document) {
        announced.clear();
        super.startDocument(document);
    }

    @Override
    public void fact(Fact fact) {
        if (fact.object() instanceof Value.Name name && Value.Name.ORGANIZATION.equals(name.kind())) {
            next.fact(fact.withObject(new Value.Iri(organization(name.name()))));
        } else {
            next.fact(fact);
        }
    }

    private String organization(String name) {
        List<Concept> known = matcher.lookup(name, BODY_SCHEMES);
        if (known.size() == 1) {
            return known.get(0).iri();
        }
        String iri = id("org", slug(name));
        if (announced.add(iri)) {
            next.entity(new EntityRecord(iri, ORGANIZATION, name.strip(), languageOf(name)));
        }
        return iri;
    }

    /** The hash in an unknown organization's IRI: of its folded name without white space. */
    public static String slug(String name) {
        String folded = LabelNormalizer.fold(name).replaceAll("\\s+", "");
        return Digests.prefix(folded, 8);
    }

    private static String languageOf(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }
}
