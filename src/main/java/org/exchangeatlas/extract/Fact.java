package org.exchangeatlas.extract;

/**
 * One fact about a program as a document states it, with the passage that states it.
 *
 * @param programKey the key of the program it is about (see {@link ProgramRecord})
 * @param predicate  the property IRI (an {@code atlas:} term)
 * @param object     what the program is related to
 * @param span       the passage stating it
 */
public record Fact(String programKey, String predicate, Value object, Span span) {}
