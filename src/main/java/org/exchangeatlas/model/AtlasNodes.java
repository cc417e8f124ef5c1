package org.exchangeatlas.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of {@link AtlasTerms} as Jena nodes, for the code that reads and writes the store:
 * one node a term, made once, so that no class keeps an IRI-to-node helper of its own. The
 * names are those of {@link AtlasTerms}.
 */
public final class AtlasNodes {
    private AtlasNodes() {}

    /** The node of an IRI. */
    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }


    // graphs
    public static final Node VOCABULARY_GRAPH = iri(AtlasTerms.VOCABULARY_GRAPH);
    public static final Node INFERRED_GRAPH = iri(AtlasTerms.INFERRED_GRAPH);

    // classes
    public static final Node PROGRAM = iri(AtlasTerms.PROGRAM);
    public static final Node ORGANIZATION = iri(AtlasTerms.ORGANIZATION);
    public static final Node COUNTRY = iri(AtlasTerms.COUNTRY);
    public static final Node COUNTRY_GROUP = iri(AtlasTerms.COUNTRY_GROUP);
    public static final Node REGION = iri(AtlasTerms.REGION);
    public static final Node MEMBERSHIP = iri(AtlasTerms.MEMBERSHIP);
    public static final Node DOCUMENT = iri(AtlasTerms.DOCUMENT);
    public static final Node CLAIM = iri(AtlasTerms.CLAIM);
    public static final Node INFERENCE = iri(AtlasTerms.INFERENCE);

    // program properties
    public static final Node ORGANIZER = iri(AtlasTerms.ORGANIZER);
    public static final Node HOST = iri(AtlasTerms.HOST);
    public static final Node CO_ORGANIZER = iri(AtlasTerms.CO_ORGANIZER);
    public static final Node TARGET_GROUP = iri(AtlasTerms.TARGET_GROUP);
    public static final Node TARGET_COUNTRY = iri(AtlasTerms.TARGET_COUNTRY);
    public static final Node PARTICIPANT_ROLE = iri(AtlasTerms.PARTICIPANT_ROLE);
    public static final Node TOPIC = iri(AtlasTerms.TOPIC);
    public static final Node REQUIREMENT = iri(AtlasTerms.REQUIREMENT);
    public static final Node YEAR = iri(AtlasTerms.YEAR);
    public static final Node START_DATE = iri(AtlasTerms.START_DATE);
    public static final Node END_DATE = iri(AtlasTerms.END_DATE);
    public static final Node TITLE = iri(AtlasTerms.TITLE);
    public static final Node PROGRAM_TYPE = iri(AtlasTerms.PROGRAM_TYPE);
    public static final Node DELIVERY = iri(AtlasTerms.DELIVERY);
    public static final Node INSTRUCTION_LANGUAGE = iri(AtlasTerms.INSTRUCTION_LANGUAGE);
    public static final Node PARTICIPANT_COUNT = iri(AtlasTerms.PARTICIPANT_COUNT);
    public static final Node ENGAGED_WITH = iri(AtlasTerms.ENGAGED_WITH);

    // documents and vocabulary
    public static final Node DESCRIBES = iri(AtlasTerms.DESCRIBES);
    public static final Node SHA256 = iri(AtlasTerms.SHA256);
    public static final Node SOURCE_PATH = iri(AtlasTerms.SOURCE_PATH);
    public static final Node TEXT = iri(AtlasTerms.TEXT);
    public static final Node MEDIA_TYPE = iri(AtlasTerms.MEDIA_TYPE);
    public static final Node SET_ASIDE_CHARACTERS = iri(AtlasTerms.SET_ASIDE_CHARACTERS);
    public static final Node SET_ASIDE_PASSAGES = iri(AtlasTerms.SET_ASIDE_PASSAGES);
    public static final Node REPORTED_PROGRAM = iri(AtlasTerms.REPORTED_PROGRAM);
    public static final Node REPORTED_PERIOD_START = iri(AtlasTerms.REPORTED_PERIOD_START);
    public static final Node REPORTED_PERIOD_END = iri(AtlasTerms.REPORTED_PERIOD_END);
    public static final Node DOCUMENT_KIND = iri(AtlasTerms.DOCUMENT_KIND);
    public static final Node FILE_SIZE = iri(AtlasTerms.FILE_SIZE);
    public static final Node FILE_MODIFIED = iri(AtlasTerms.FILE_MODIFIED);
    public static final Node PROGRAM_KEY = iri(AtlasTerms.PROGRAM_KEY);
    public static final Node SUPERSEDED_BY = iri(AtlasTerms.SUPERSEDED_BY);
    public static final Node EXTRACTED_BY = iri(AtlasTerms.EXTRACTED_BY);
    public static final Node EXTRACTOR_VERSION = iri(AtlasTerms.EXTRACTOR_VERSION);
    public static final Node EXTRACTION_RULE = iri(AtlasTerms.EXTRACTION_RULE);
    public static final Node PROGRAMS_GRAPH = iri(AtlasTerms.PROGRAMS_GRAPH);
    public static final Node FROM = iri(AtlasTerms.FROM);
    public static final Node UNTIL = iri(AtlasTerms.UNTIL);
    public static final Node FORMER_NAME = iri(AtlasTerms.FORMER_NAME);
    public static final Node CUE = iri(AtlasTerms.CUE);
    public static final Node ACRONYM = iri(AtlasTerms.ACRONYM);
    public static final Node CLAUSE_PATTERN = iri(AtlasTerms.CLAUSE_PATTERN);
    public static final Node HOME_COUNTRY = iri(AtlasTerms.HOME_COUNTRY);
    public static final Node TIER = iri(AtlasTerms.TIER);
    public static final Node PROXY = iri(AtlasTerms.PROXY);
    public static final Node TIER_WIDER = iri(AtlasTerms.TIER_WIDER);

    // inferences (the inferred graph)
    public static final Node VIA_GROUP = iri(AtlasTerms.VIA_GROUP);
    public static final Node USED_TIER = iri(AtlasTerms.USED_TIER);
    public static final Node USED_PROXY = iri(AtlasTerms.USED_PROXY);
    public static final Node ISO_ALPHA2 = iri(AtlasTerms.ISO_ALPHA2);
    public static final Node ISO_ALPHA3 = iri(AtlasTerms.ISO_ALPHA3);
    public static final Node ISO_639 = iri(AtlasTerms.ISO_639);

    // reused vocabularies
    public static final Node SKOS_PREF_LABEL = iri(AtlasTerms.SKOS_PREF_LABEL);
    public static final Node SKOS_ALT_LABEL = iri(AtlasTerms.SKOS_ALT_LABEL);
    public static final Node SKOS_HIDDEN_LABEL = iri(AtlasTerms.SKOS_HIDDEN_LABEL);
    public static final Node SKOS_IN_SCHEME = iri(AtlasTerms.SKOS_IN_SCHEME);
    public static final Node SKOS_CONCEPT = iri(AtlasTerms.SKOS_CONCEPT);
    public static final Node DCTERMS_LANGUAGE = iri(AtlasTerms.DCTERMS_LANGUAGE);
    public static final Node PROV_DERIVED_FROM = iri(AtlasTerms.PROV_DERIVED_FROM);
    public static final Node OA_HAS_SELECTOR = iri(AtlasTerms.OA_HAS_SELECTOR);
    public static final Node OA_START = iri(AtlasTerms.OA_START);
    public static final Node OA_END = iri(AtlasTerms.OA_END);
    public static final Node OA_EXACT = iri(AtlasTerms.OA_EXACT);
    public static final Node OA_POSITION_SELECTOR = iri(AtlasTerms.OA_POSITION_SELECTOR);
    public static final Node OA_QUOTE_SELECTOR = iri(AtlasTerms.OA_QUOTE_SELECTOR);
    public static final Node RDF_TYPE = iri(AtlasTerms.RDF_TYPE);
    public static final Node RDF_SUBJECT = iri(AtlasTerms.RDF_SUBJECT);
    public static final Node RDF_PREDICATE = iri(AtlasTerms.RDF_PREDICATE);
    public static final Node RDF_OBJECT = iri(AtlasTerms.RDF_OBJECT);
    public static final Node ORG_MEMBER = iri(AtlasTerms.ORG_MEMBER);
    public static final Node ORG_ORGANIZATION = iri(AtlasTerms.ORG_ORGANIZATION);
}
