package org.exchangeatlas.extract.prose;

import org.exchangeatlas.source.Span;

/**
 * What a relation cue said of an organization: it is the organizer, host or co-organizer
 * ({@code property}) of the program the sentence speaks of.
 *
 * @param property the program property ({@code atlas:organizer}, {@code atlas:host}, {@code atlas:coOrganizer})
 * @param org      the organization
 * @param cue      where the cue stands
 */
public record Relation(String property, OrgMention org, Span cue) {}
