package org.exchangeatlas.extract.report;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.List;

/**
 * The schemes the reporting extractor reads: the vocabularies of names, and the cue schemes of
 * {@code ontology/vocab/report-cues.ttl} that say how names are tied in a sentence.
 */
final class ReportCues {
    private ReportCues() {}

    static final String BODIES = scheme("bodies");
    static final String NON_BODIES = scheme("non-bodies");
    static final String COUNTRIES = scheme("countries");
    static final String NON_COUNTRIES = scheme("non-countries");
    static final String GROUPS = scheme("groups");
    static final String ROLES = scheme("roles");
    static final String TOPICS = scheme("topics");
    static final String TYPES = scheme("program-types");
    static final String REQUIREMENTS = scheme("requirements");
    static final String DELIVERY_MODES = scheme("delivery");

    static final String ENGAGEMENT = scheme("engagement-cues");
    static final String ANAPHORA = scheme("report-anaphora");
    static final String DOCUMENTS = scheme("report-documents");
    static final String PROGRAM_WORDS = scheme("report-program-words");
    static final String PLACES_IN_CHINA = scheme("places-in-china");
    static final String NON_PROGRAM_WORDS = scheme("report-non-program-words");
    static final String FIGURES = scheme("report-figures");
    static final String OTHER_TIMES = scheme("report-other-times");
    static final String NON_ROLES = scheme("report-non-roles");

    /** Names: searched together, longest first, so that a longer name hides a shorter one inside it. */
    static final List<String> NAMES = List.of(BODIES, NON_BODIES, COUNTRIES, NON_COUNTRIES, GROUPS, ROLES, NON_ROLES, TOPICS,
            TYPES, REQUIREMENTS, DELIVERY_MODES);

    /**
     * Cues: each kind searched on its own ("these programs" is an anaphor and a program word),
     * apart from the names; a cue overlapping a name is dropped ("the Ministry of Commerce").
     * Program words are searched with their decoys ("training centre"), which are then dropped.
     */
    static final List<List<String>> CUES = List.of(List.of(ENGAGEMENT), List.of(ANAPHORA), List.of(DOCUMENTS),
            List.of(PROGRAM_WORDS, NON_PROGRAM_WORDS), List.of(OTHER_TIMES));
}
