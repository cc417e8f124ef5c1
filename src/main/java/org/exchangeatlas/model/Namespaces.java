package org.exchangeatlas.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefixes Exchange Atlas writes wherever RDF is shown to people (exports, CONSTRUCT results,
 * linked-data pages, validation reports), so that every output abbreviates the same way.
 */
public final class Namespaces {
    private Namespaces() {}

    /** Prefix to namespace, in the order they are written. */
    public static final Map<String, String> STANDARD = standard();

    private static Map<String, String> standard() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("atlas", AtlasTerms.NS);
        m.put("skos", AtlasTerms.SKOS);
        m.put("org", AtlasTerms.ORG);
        m.put("prov", AtlasTerms.PROV);
        m.put("oa", AtlasTerms.OA);
        m.put("dcterms", AtlasTerms.DCTERMS);
        m.put("xsd", AtlasTerms.XSD);
        m.put("rdf", AtlasTerms.RDF);
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        return Collections.unmodifiableMap(m);
    }

    /** The standard prefixes and {@code more} after them. */
    public static Map<String, String> with(Map<String, String> more) {
        Map<String, String> m = new LinkedHashMap<>(STANDARD);
        m.putAll(more);
        return Collections.unmodifiableMap(m);
    }
}
