package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;

/**
 * A program a document describes.
 *
 * @param key          a stable key (same title and year give the same key on every machine)
 * @param title        the title as written; null for a program known from reporting, which has
 *                     none (it is then known by {@code englishLabel} alone, and no title is stated)
 * @param titleLang    the title's language tag (of the reporting, if it has no title)
 * @param englishLabel a label composed from the English names of the title's concepts
 * @param span         where the title stands (the passage that names the program)
 * @param typeIri      {@code atlas:Program}, or a subclass such as {@code atlas:ReportedProgram}
 */
public record ProgramRecord(String key, String title, String titleLang, String englishLabel, Span span, String typeIri) {

    /** A program a notice describes ({@code atlas:Program}). */
    public ProgramRecord(String key, String title, String titleLang, String englishLabel, Span span) {
        this(key, title, titleLang, englishLabel, span, org.exchangeatlas.model.AtlasTerms.PROGRAM);
    }

    /** The program's IRI, {@code id/program/{key}}. */
    public String iri() {
        return org.exchangeatlas.model.AtlasTerms.id("program", key);
    }
}
