package org.exchangeatlas.infer;

/**
 * What one run of the inference step wrote and what it passed over, for the build summary.
 *
 * @param facts       distinct {@code atlas:targetCountry} triples written to the inferred graph
 * @param inferences  {@code atlas:Inference} nodes (one per program and membership; a country that
 *                    two groups of a program reach is one fact with two inferences)
 * @param programs    programs that got at least one inferred country
 * @param listed      programs with a target group whose sources list the invited countries: that
 *                    list is the target set, and the group adds none
 * @param withoutYear programs with a target group but no year: no membership can be picked, so no
 *                    country is inferred
 * @param heldBack    programs with members left out because they need an option not given (a
 *                    wider tier, or a proxy such as the Group of 77)
 */
public record InferenceReport(long facts, long inferences, int programs, int listed, int withoutYear, int heldBack) {
    /** Nothing inferred: the report of a step that did not run. */
    public static final InferenceReport NONE = new InferenceReport(0, 0, 0, 0, 0, 0);
}
