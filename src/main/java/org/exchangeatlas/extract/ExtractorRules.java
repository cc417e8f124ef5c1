package org.exchangeatlas.extract;

import static org.exchangeatlas.model.AtlasTerms.id;

/**
 * The rules an extractor's claims are stamped with when it names none itself: one for the facts
 * it reads, one for the program titles it reads. Each rule is an {@code atlas:ExtractionRule} of
 * {@code ontology/vocab/rules.ttl}.
 *
 * @param factRule  the IRI of the rule for its facts
 * @param titleRule the IRI of the rule for its programs' titles (null when it reads none)
 */
public record ExtractorRules(String factRule, String titleRule) {
    /** Chinese notices: labelled fields (项目主办：…) and the title line. */
    public static final ExtractorRules CHINESE_NOTICE = new ExtractorRules(rule("notice-field"), rule("notice-title"));
    /** English notices (the versions sent to embassies): labelled fields and the title line. */
    public static final ExtractorRules ENGLISH_NOTICE = new ExtractorRules(rule("notice-field-en"), rule("notice-title-en"));
    /** English reporting: a sentence about a body's program; a program's own name where it is quoted. */
    public static final ExtractorRules REPORT = new ExtractorRules(rule("report-sentence"), rule("report-quoted-title"));
    /** Chinese prose (host-site news, releases, prose notices): a sentence, and a quoted or heading name. */
    public static final ExtractorRules NEWS = new ExtractorRules(rule("news-sentence"), rule("news-title"));
    /** Coded tables: a cell read through the table's mapping, the title cell included. */
    public static final ExtractorRules CODED = new ExtractorRules(rule("coded-cell"), rule("coded-cell"));

    /** A rule's IRI, {@code id/rule/{name}}. */
    public static String rule(String name) {
        return id("rule", name);
    }
}
