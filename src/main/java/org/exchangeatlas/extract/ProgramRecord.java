package org.exchangeatlas.extract;

/**
 * A program a document describes.
 *
 * @param key          a stable key (same title and year give the same key on every machine)
 * @param title        the title as written
 * @param titleLang    the title's language tag
 * @param englishLabel a label composed from the English names of the title's concepts
 * @param span         where the title stands
 */
public record ProgramRecord(String key, String title, String titleLang, String englishLabel, Span span) {}
