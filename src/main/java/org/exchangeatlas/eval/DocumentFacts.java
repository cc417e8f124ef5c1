package org.exchangeatlas.eval;

import java.util.List;
import java.util.Map;

/**
 * What one document states, as its claims say: its programs and its bodies' engagements.
 *
 * @param graph       the document's graph IRI
 * @param programs    its programs, in the order of their first passages
 * @param engagements its engagements by key ({@link ValueKeys#engagement})
 */
public record DocumentFacts(String graph, List<ExtractedProgram> programs, Map<String, Stated> engagements) {
    public DocumentFacts {
        programs = List.copyOf(programs);
        engagements = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(engagements));
    }
}
