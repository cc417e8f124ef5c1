package org.exchangeatlas.extract;

import static org.exchangeatlas.model.AtlasTerms.scheme;

/**
 * The vocabulary schemes a notice is read against, named once for the classes that read one
 * (title, fields, organization names, the body's requirements and delivery).
 */
final class NoticeSchemes {
    static final String COUNTRIES = scheme("countries");
    static final String GROUPS = scheme("groups");
    static final String ROLES = scheme("roles");
    static final String TOPICS = scheme("topics");
    static final String TYPES = scheme("program-types");
    /** Named apart from {@code AtlasTerms.DELIVERY}, the property that states a delivery. */
    static final String DELIVERY_SCHEME = scheme("delivery");
    static final String LANGUAGES = scheme("languages");
    static final String FIELDS = scheme("notice-fields");
    static final String REQUIREMENTS = scheme("requirements");
    static final String BODIES = scheme("bodies");
    /**
     * Decoys: phrases that contain a name without meaning it (各国农业部门 holds 农业部, 内蒙古
     * holds 蒙古, 葡萄牙语 holds 葡萄牙). Searched beside the real schemes so that the longer phrase
     * wins, then dropped.
     */
    static final String NON_BODIES = scheme("non-bodies");
    static final String NON_COUNTRIES = scheme("non-countries");
    static final String DOCUMENT_KINDS = scheme("document-kinds");
    /** Cities and provinces of China (vocab/places-in-china.ttl): a venue there is in China. */
    static final String PLACES_IN_CHINA = scheme("places-in-china");

    private NoticeSchemes() {}
}
