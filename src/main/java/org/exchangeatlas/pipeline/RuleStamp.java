package org.exchangeatlas.pipeline;

import org.exchangeatlas.extract.ExtractorRules;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.RecordSinkWrapper;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.AtlasTerms;

/**
 * Wraps the sink one extractor writes into, so that every claim it makes names a rule
 * ({@code atlas:extractedBy}): a fact without a rule gets the extractor's fact rule; a program's
 * title, whose claim the mapper writes with the program, is restated as a title fact with the
 * title rule, which gives that same claim (same subject, object and passage: same IRI, same
 * quads) its rule.
 */
final class RuleStamp extends RecordSinkWrapper {
    private final ExtractorRules rules;

    RuleStamp(ExtractorRules rules, RecordSink next) {
        super(next);
        this.rules = rules;
    }

    @Override
    public void program(ProgramRecord program) {
        super.program(program);
        if (program.title() != null && rules.titleRule() != null) {
            super.fact(new Fact(program.iri(), AtlasTerms.TITLE, new Value.Text(program.title(), program.titleLang()),
                    program.span(), rules.titleRule()));
        }
    }

    @Override
    public void fact(Fact fact) {
        super.fact(fact.rule() == null ? fact.withRule(rules.factRule()) : fact);
    }
}
