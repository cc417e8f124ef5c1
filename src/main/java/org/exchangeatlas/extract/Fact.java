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
 * @param rule       the IRI of the rule that read it ({@code id/rule/...}, an {@code atlas:ExtractionRule}),
 *                   or null: the pipeline then stamps the default rule of the extractor that gave it
 */
public record Fact(String subject, String predicate, Value object, Span span, String rule) {

    /** A fact whose rule is left to the extractor's default. */
    public Fact(String subject, String predicate, Value object, Span span) {
        this(subject, predicate, object, span, null);
    }

    /** The same fact with another object (a name resolved to an IRI), its rule kept. */
    public Fact withObject(Value other) {
        return new Fact(subject, predicate, other, span, rule);
    }

    /** The same fact, read by {@code ruleIri}. */
    public Fact withRule(String ruleIri) {
        return new Fact(subject, predicate, object, span, ruleIri);
    }
}
