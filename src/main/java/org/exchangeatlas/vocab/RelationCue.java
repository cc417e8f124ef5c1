package org.exchangeatlas.vocab;

/**
 * What a relation cue of {@code vocab/relation-cues.ttl} says about the organization named beside
 * it: where that name stands, and the program property it gets when it is a body of the
 * vocabulary or any other unit.
 *
 * @param conceptIri   the cue's concept (its wordings are labels the matcher finds)
 * @param nameBefore   whether the organization stands before the cue (商务部主办) rather than after it ("organized by")
 * @param bodyRelation the property for a state or party body of the vocabulary
 * @param unitRelation the property for any other organization
 */
public record RelationCue(String conceptIri, boolean nameBefore, String bodyRelation, String unitRelation) {}
