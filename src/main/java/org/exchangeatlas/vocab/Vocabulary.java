package org.exchangeatlas.vocab;

import static org.exchangeatlas.model.AtlasTerms.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The vocabularies as the extractors see them: concepts with their schemes and labels, every
 * label the dictionary matcher may find, and the dated memberships of groups. Read once from the
 * vocabulary graph; immutable after.
 */
public final class Vocabulary {

    /** One matchable label of a concept. */
    public record Label(String text, String conceptIri, String property) {}

    private static final List<String> LABEL_PROPERTIES =
            List.of(SKOS_PREF_LABEL, SKOS_ALT_LABEL, SKOS_HIDDEN_LABEL, FORMER_NAME, ACRONYM, CUE);

    private final Map<String, Concept> concepts;
    private final List<Label> labels;
    private final List<Membership> memberships;
    private final List<ClausePattern> clausePatterns;
    private final Optional<String> homeCountry;
    private final Map<String, String> proxies;
    private final Map<String, RelationCue> relationCues;
    private final Set<String> academies;
    private final Map<String, List<String>> words;

    private Vocabulary(Map<String, Concept> concepts, List<Label> labels, List<Membership> memberships,
                       List<ClausePattern> clausePatterns, Optional<String> homeCountry, Map<String, String> proxies,
                       Map<String, RelationCue> relationCues, Set<String> academies, Map<String, List<String>> words) {
        this.concepts = Map.copyOf(concepts);
        this.labels = List.copyOf(labels);
        this.memberships = List.copyOf(memberships);
        this.clausePatterns = List.copyOf(clausePatterns);
        this.homeCountry = homeCountry;
        this.proxies = Map.copyOf(proxies);
        this.relationCues = Map.copyOf(relationCues);
        this.academies = Set.copyOf(academies);
        this.words = Map.copyOf(words);
    }

    public static Vocabulary from(Model model) {
        Property inScheme = model.createProperty(SKOS_IN_SCHEME);
        Map<String, Set<String>> schemes = new HashMap<>();
        model.listStatements(null, inScheme, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                schemes.computeIfAbsent(st.getSubject().getURI(), k -> new HashSet<>())
                        .add(st.getObject().asResource().getURI());
            }
        });
        Property pref = model.createProperty(SKOS_PREF_LABEL);
        Map<String, String> schemeProperties = new HashMap<>();
        model.listStatements(null, model.createProperty(NS + "programProperty"), (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                schemeProperties.put(st.getSubject().getURI(), st.getObject().asResource().getURI());
            }
        });
        Map<String, Concept> concepts = new LinkedHashMap<>();
        List<Label> labels = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : schemes.entrySet()) {
            Resource r = model.createResource(e.getKey());
            Map<String, String> prefs = new HashMap<>();
            r.listProperties(pref).forEachRemaining(st -> {
                if (st.getObject().isLiteral()) {
                    prefs.putIfAbsent(st.getLiteral().getLanguage(), st.getLiteral().getLexicalForm());
                }
            });
            Optional<String> programProperty = e.getValue().stream().map(schemeProperties::get)
                    .filter(java.util.Objects::nonNull).sorted().findFirst();
            concepts.put(e.getKey(), new Concept(e.getKey(), e.getValue(), prefs, programProperty));
            for (String p : LABEL_PROPERTIES) {
                r.listProperties(model.createProperty(p)).forEachRemaining(st -> {
                    if (st.getObject().isLiteral()) {
                        String text = st.getLiteral().getLexicalForm().strip();
                        if (!text.isEmpty()) {
                            labels.add(new Label(text, e.getKey(), p));
                        }
                    }
                });
            }
        }
        labels.sort((a, b) -> {
            int c = a.conceptIri().compareTo(b.conceptIri());
            return c != 0 ? c : a.text().compareTo(b.text());
        });
        return new Vocabulary(concepts, labels, memberships(model), clausePatterns(model, concepts), homeCountry(model),
                proxies(model), relationCues(model), academies(model), words(model));
    }

    /** The words ({@code atlas:word}) of each concept that lists some, sorted. */
    private static Map<String, List<String>> words(Model model) {
        Map<String, List<String>> out = new HashMap<>();
        model.listStatements(null, model.createProperty(WORD), (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
                out.computeIfAbsent(st.getSubject().getURI(), k -> new ArrayList<>()).add(st.getLiteral().getLexicalForm());
            }
        });
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    private static Set<String> academies(Model model) {
        Set<String> out = new HashSet<>();
        model.listSubjectsWithProperty(model.createProperty(RDF_TYPE), model.createResource(NS + "Academy"))
                .forEachRemaining(r -> {
                    if (r.isURIResource()) {
                        out.add(r.getURI());
                    }
                });
        return out;
    }

    private static Map<String, RelationCue> relationCues(Model model) {
        Map<String, RelationCue> out = new HashMap<>();
        Property position = model.createProperty(NS + "namePosition");
        model.listStatements(null, position, (RDFNode) null).forEachRemaining(st -> {
            Resource cue = st.getSubject();
            Optional<String> body = iri(cue, model.createProperty(NS + "bodyRelation"));
            Optional<String> unit = iri(cue, model.createProperty(NS + "unitRelation"));
            if (cue.isURIResource() && st.getObject().isLiteral() && body.isPresent() && unit.isPresent()) {
                boolean before = "before".equals(st.getLiteral().getLexicalForm());
                out.put(cue.getURI(), new RelationCue(cue.getURI(), before, body.get(), unit.get()));
            }
        });
        return out;
    }

    private static List<ClausePattern> clausePatterns(Model model, Map<String, Concept> concepts) {
        List<ClausePattern> out = new ArrayList<>();
        model.listStatements(null, model.createProperty(CLAUSE_PATTERN), (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isLiteral()
                    && concepts.containsKey(st.getSubject().getURI())) {
                out.add(ClausePattern.parse(st.getSubject().getURI(), st.getLiteral().getLexicalForm()));
            }
        });
        out.sort((a, b) -> a.conceptIri().compareTo(b.conceptIri()) != 0 ? a.conceptIri().compareTo(b.conceptIri())
                : a.groups().toString().compareTo(b.groups().toString()));
        return out;
    }

    private static List<Membership> memberships(Model model) {
        Resource membershipClass = model.createResource(MEMBERSHIP);
        Property type = model.createProperty(RDF_TYPE);
        List<Membership> out = new ArrayList<>();
        model.listSubjectsWithProperty(type, membershipClass).forEachRemaining(m -> {
            Optional<String> group = iri(m, model.createProperty(ORG_ORGANIZATION));
            Optional<String> member = iri(m, model.createProperty(ORG_MEMBER));
            if (group.isPresent() && member.isPresent() && m.isURIResource()) {
                out.add(new Membership(m.getURI(), group.get(), member.get(),
                        date(m, model.createProperty(FROM)), date(m, model.createProperty(UNTIL)),
                        iri(m, model.createProperty(NS + "tier"))));
            }
        });
        out.sort((a, b) -> a.iri().compareTo(b.iri()));
        return out;
    }

    private static Map<String, String> proxies(Model model) {
        Map<String, String> out = new HashMap<>();
        model.listStatements(null, model.createProperty(PROXY), (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                out.put(st.getSubject().getURI(), st.getObject().asResource().getURI());
            }
        });
        return out;
    }

    private static Optional<String> homeCountry(Model model) {
        return iri(model.createResource(ONTOLOGY), model.createProperty(HOME_COUNTRY));
    }

    private static Optional<String> iri(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st != null && st.getObject().isURIResource()
                ? Optional.of(st.getObject().asResource().getURI()) : Optional.empty();
    }

    private static Optional<LocalDate> date(Resource s, Property p) {
        Statement st = s.getProperty(p);
        if (st == null || !st.getObject().isLiteral()) {
            return Optional.empty();
        }
        Literal l = st.getLiteral();
        try {
            return Optional.of(LocalDate.parse(l.getLexicalForm()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Optional<Concept> concept(String iri) {
        return Optional.ofNullable(concepts.get(iri));
    }

    public List<Label> labels() {
        return labels;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    /** The sentence patterns that state concepts (requirements) without naming them. */
    public List<ClausePattern> clausePatterns() {
        return clausePatterns;
    }

    /** The country whose programs these are (China): never a target of its own programs. */
    public Optional<String> homeCountry() {
        return homeCountry;
    }

    /**
     * The group whose memberships stand in for {@code group} ({@code atlas:proxy}: the Group of 77
     * for developing countries and the Global South), if it has one.
     */
    public Optional<String> proxy(String group) {
        return Optional.ofNullable(proxies.get(group));
    }

    /** What the relation cue {@code conceptIri} says (vocab/relation-cues.ttl), if it is one. */
    public Optional<RelationCue> relationCue(String conceptIri) {
        return Optional.ofNullable(relationCues.get(conceptIri));
    }

    /**
     * Whether a body of the vocabulary is an academy ({@code atlas:Academy}: AIBO, the Party
     * School), which delivers programs as a host unit does: "hosted by" an academy makes it the
     * host, where "hosted by" a ministry makes the ministry the organizer.
     */
    public boolean isAcademy(String iri) {
        return academies.contains(iri);
    }

    /**
     * The words of a closed class that {@code conceptIri} lists ({@code atlas:word}), which readers
     * use as they are, never as names to find; a concept that lists none is an error of the vocabulary.
     */
    public List<String> words(String conceptIri) {
        List<String> w = words.get(conceptIri);
        if (w == null || w.isEmpty()) {
            throw new IllegalStateException("ontology/vocab: " + conceptIri + " lists no atlas:word, which a reader needs");
        }
        return List.copyOf(w);
    }

    public int size() {
        return concepts.size();
    }
}
