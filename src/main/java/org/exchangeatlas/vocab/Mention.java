package org.exchangeatlas.vocab;

/**
 * A stretch of text that names a concept: found by the {@link DictionaryMatcher}.
 *
 * @param concept the concept named
 * @param start   first UTF-16 unit of the match in the document text
 * @param end     one past the last unit
 * @param surface the text as written
 */
public record Mention(Concept concept, int start, int end, String surface) {}
