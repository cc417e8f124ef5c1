package org.exchangeatlas.model;

/**
 * The graph's public names (see {@code shared/MODEL.md}) as IRI strings, so that every stage of the
 * road, from extractor to exporter, spells a term the same way.
 */
public final class AtlasTerms {
    private AtlasTerms() {}

    public static final String ONTOLOGY = "https://w3id.org/exchange-atlas/ontology";
    public static final String NS = ONTOLOGY + "#";
    public static final String ID = "https://w3id.org/exchange-atlas/id/";
    public static final String GRAPH = "https://w3id.org/exchange-atlas/graph/";
    public static final String VOCABULARY_GRAPH = GRAPH + "vocabulary";
    public static final String INFERRED_GRAPH = GRAPH + "inferred";

    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    // classes
    public static final String PROGRAM = NS + "Program";
    public static final String ORGANIZATION = NS + "Organization";
    public static final String COUNTRY = NS + "Country";
    public static final String COUNTRY_GROUP = NS + "CountryGroup";
    public static final String REGION = NS + "Region";
    public static final String MEMBERSHIP = NS + "Membership";
    public static final String DOCUMENT = NS + "Document";
    public static final String CLAIM = NS + "Claim";
    public static final String INFERENCE = NS + "Inference";

    // program properties
    public static final String ORGANIZER = NS + "organizer";
    public static final String HOST = NS + "host";
    public static final String CO_ORGANIZER = NS + "coOrganizer";
    public static final String TARGET_GROUP = NS + "targetGroup";
    public static final String TARGET_COUNTRY = NS + "targetCountry";
    public static final String PARTICIPANT_ROLE = NS + "participantRole";
    public static final String TOPIC = NS + "topic";
    public static final String REQUIREMENT = NS + "requirement";
    public static final String YEAR = NS + "year";
    public static final String START_DATE = NS + "startDate";
    public static final String END_DATE = NS + "endDate";
    public static final String TITLE = NS + "title";
    public static final String PROGRAM_TYPE = NS + "programType";
    public static final String DELIVERY = NS + "delivery";
    public static final String INSTRUCTION_LANGUAGE = NS + "instructionLanguage";
    public static final String PARTICIPANT_COUNT = NS + "participantCount";
    public static final String ENGAGED_WITH = NS + "engagedWith";

    // documents and vocabulary
    public static final String DESCRIBES = NS + "describes";
    public static final String SHA256 = NS + "sha256";
    public static final String SOURCE_PATH = NS + "sourcePath";
    public static final String TEXT = NS + "text";
    public static final String MEDIA_TYPE = NS + "mediaType";
    public static final String SET_ASIDE_CHARACTERS = NS + "setAsideCharacters";
    public static final String SET_ASIDE_PASSAGES = NS + "setAsidePassages";
    public static final String REPORTED_PROGRAM = NS + "ReportedProgram";
    /** A reporting article's figures, about the document: {@code reported} + a figure's name, e.g. {@code reportedFileCount}. */
    public static final String REPORTED = NS + "reported";
    public static final String REPORTED_PERIOD_START = NS + "reportedPeriodStart";
    public static final String REPORTED_PERIOD_END = NS + "reportedPeriodEnd";
    public static final String DOCUMENT_KIND = NS + "documentKind";
    public static final String FILE_SIZE = NS + "fileSize";
    public static final String FILE_MODIFIED = NS + "fileModified";
    public static final String PROGRAM_KEY = NS + "programKey";
    public static final String SUPERSEDED_BY = NS + "supersededBy";
    /** The rule that made a claim: an {@code atlas:ExtractionRule} of {@code id/rule/}. */
    public static final String EXTRACTED_BY = NS + "extractedBy";
    /** The version of the extractors that read a document. */
    public static final String EXTRACTOR_VERSION = NS + "extractorVersion";
    public static final String EXTRACTION_RULE = NS + "ExtractionRule";
    public static final String PROGRAMS_GRAPH = GRAPH + "programs";
    public static final String FROM = NS + "from";
    public static final String UNTIL = NS + "until";
    public static final String FORMER_NAME = NS + "formerName";
    public static final String CUE = NS + "cue";
    public static final String ACRONYM = NS + "acronym";
    public static final String CLAUSE_PATTERN = NS + "clausePattern";
    /** A word of a closed class a reader needs (vocab/report-cues.ttl: the articles, the negations). */
    public static final String WORD = NS + "word";
    public static final String HOME_COUNTRY = NS + "homeCountry";
    public static final String TIER = NS + "tier";
    public static final String PROXY = NS + "proxy";
    public static final String TIER_WIDER = ID + "tier/wider";

    // inferences (the inferred graph)
    public static final String VIA_GROUP = NS + "viaGroup";
    public static final String USED_TIER = NS + "usedTier";
    public static final String USED_PROXY = NS + "usedProxy";
    public static final String ISO_ALPHA2 = NS + "iso3166alpha2";
    public static final String ISO_ALPHA3 = NS + "iso3166alpha3";
    public static final String ISO_639 = NS + "iso639";

    // reused vocabularies
    public static final String SKOS_PREF_LABEL = SKOS + "prefLabel";
    public static final String SKOS_ALT_LABEL = SKOS + "altLabel";
    public static final String SKOS_HIDDEN_LABEL = SKOS + "hiddenLabel";
    public static final String SKOS_IN_SCHEME = SKOS + "inScheme";
    public static final String SKOS_CONCEPT = SKOS + "Concept";
    public static final String DCTERMS_LANGUAGE = DCTERMS + "language";
    public static final String PROV_DERIVED_FROM = PROV + "wasDerivedFrom";
    public static final String OA_HAS_SELECTOR = OA + "hasSelector";
    public static final String OA_START = OA + "start";
    public static final String OA_END = OA + "end";
    public static final String OA_EXACT = OA + "exact";
    public static final String OA_POSITION_SELECTOR = OA + "TextPositionSelector";
    public static final String OA_QUOTE_SELECTOR = OA + "TextQuoteSelector";
    public static final String RDF_TYPE = RDF + "type";
    public static final String RDF_SUBJECT = RDF + "subject";
    public static final String RDF_PREDICATE = RDF + "predicate";
    public static final String RDF_OBJECT = RDF + "object";
    public static final String ORG_MEMBER = ORG + "member";
    public static final String ORG_ORGANIZATION = ORG + "organization";

    /** The IRI of an entity of the given kind, {@code id/{kind}/{slug}}. */
    public static String id(String kind, String slug) {
        return ID + kind + "/" + slug;
    }

    /** The scheme IRI of a vocabulary, {@code id/scheme/{name}}. */
    public static String scheme(String name) {
        return ID + "scheme/" + name;
    }
}
