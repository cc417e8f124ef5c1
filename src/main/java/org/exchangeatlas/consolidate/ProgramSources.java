package org.exchangeatlas.consolidate;

import java.util.Map;
import java.util.Set;

/**
 * What one program key's sources state, gathered from the claims of every document that
 * describes it: the features by which two keys are judged to be one program.
 *
 * @param key       the extractor's key for the program (year and title digest)
 * @param documents document IRI to the program IRI it currently uses for this key
 * @param values    property IRI to the values the claims give (IRIs or lexical forms)
 * @param revisionOnly whether every document of the key is a revised or supplementary notice:
 *                  its dates may be the moved ones only, none of the original's
 */
public record ProgramSources(String key, Map<String, String> documents, Map<String, Set<String>> values,
                             boolean revisionOnly) {

    public Set<String> get(String property) {
        return values.getOrDefault(property, Set.of());
    }
}
