package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;

/**
 * One fact as a document states it, with the passage that states it: most are about a program,
 * some about a body (a meeting: {@code atlas:engagedWith}) or the document itself (a figure).
 *
 * @param subject    the IRI of what it is about (a program's is {@link ProgramRecord#iri()})
 * @param predicate  the property IRI (an {@code atlas:} term)
 * @param object     what the program is related to
 * @param span       the passage stating it
 */
public record Fact(String subject, String predicate, Value object, Span span) {}
