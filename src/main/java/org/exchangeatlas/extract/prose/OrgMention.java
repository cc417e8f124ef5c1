package org.exchangeatlas.extract.prose;

import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;

/**
 * An organization named in prose: a body of the vocabulary, a unit no vocabulary knows (named by
 * its own words), or the page's own institution (我院, "our university").
 *
 * @param span  where the name stands
 * @param value the body's IRI, or the unit's name for the resolver
 * @param body  whether it is a state or party body of the vocabulary (a cue may give it another
 *              property than a unit: 举办 makes a ministry the organizer, a college the host)
 */
public record OrgMention(Span span, Value value, boolean body) {}
