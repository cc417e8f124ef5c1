package org.exchangeatlas.consolidate;

/**
 * What consolidation did on a build.
 *
 * @param keys            program keys found in the documents
 * @param programs        programs after merging (keys that name one program count once)
 * @param mergedGroups    programs described under more than one key
 * @param supersededClaims claims whose value a later revision replaced
 */
public record ConsolidationReport(int keys, int programs, int mergedGroups, int supersededClaims) {
    public static final ConsolidationReport NONE = new ConsolidationReport(0, 0, 0, 0);
}
