package org.exchangeatlas.extract;

import static org.exchangeatlas.extract.NoticeSchemes.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.HashSet;
import java.util.Set;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.Mention;

/**
 * Where the facts about a notice's one program go: each fact passed on to the sink once (a cue and
 * a pattern may find the same requirement in one clause), the properties already stated
 * remembered (delivery and the participant count are read from a later place only when no earlier
 * one stated them), and the passages a rule could not read reported as problems.
 */
final class ProgramFacts {
    private final NoticeText notice;
    private final String programIri;
    private final RecordSink sink;
    private final Set<String> stated = new HashSet<>();
    private final Set<Fact> emitted = new HashSet<>();

    /** The program's number among the notice's several (1 for the first), when it has several. */
    private final java.util.OptionalInt ordinal;

    ProgramFacts(NoticeText notice, String programIri, RecordSink sink, java.util.OptionalInt ordinal) {
        this.notice = notice;
        this.programIri = programIri;
        this.sink = sink;
        this.ordinal = ordinal;
    }

    /** States {@code predicate} {@code v} of the program, quoting {@code s}, unless already stated so. */
    void fact(String predicate, Value v, Span s) {
        fact(predicate, v, s, null);
    }

    /** As {@link #fact(String, Value, Span)}, naming the rule that read it (null: the extractor's). */
    void fact(String predicate, Value v, Span s, String rule) {
        if (REQUIREMENT.equals(predicate) && ordinal.isPresent() && !forThisProgram(s)) {
            return; // "Candidates for Programmes 01–03 must …": not programme 04's requirement
        }
        Fact f = new Fact(programIri, predicate, v, s, rule);
        if (emitted.add(f)) {
            sink.fact(f);
        }
    }

    /** Whether the clause around {@code s} names no programme's number, or names this program's. */
    private boolean forThisProgram(Span s) {
        String text = notice.text();
        int from = s.start();
        while (from > 0 && ".。;；\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Set<Integer> named = ProgrammeNumbers.in(text.substring(from, s.end()));
        return named.isEmpty() || named.contains(ordinal.getAsInt());
    }

    /** Whether any fact of {@code predicate} has been stated. */
    boolean said(String predicate) {
        return emitted.stream().anyMatch(f -> f.predicate().equals(predicate));
    }

    /** A mention of a concept becomes the fact its scheme implies. */
    void conceptFact(Mention m) {
        Concept c = m.concept();
        if (c.programProperty().isEmpty() || notice.isHome(c) // China is not a target of its own programs
                || DELIVERY.equals(c.programProperty().get()) && notice.negated(m)) {
            return;
        }
        String p = c.programProperty().get(); // vocab/scheme-properties.ttl
        fact(p, new Value.Iri(c.iri()), NoticeText.span(m));
        stated.add(p);
    }

    /** Whether a fact of {@code predicate} has been marked stated. */
    boolean stated(String predicate) {
        return stated.contains(predicate);
    }

    /** Marks {@code predicate} stated, so that later places are not read for it. */
    void markStated(String predicate) {
        stated.add(predicate);
    }

    /** Reports a passage that a rule could not read, quoting its first 40 characters. */
    void notUnderstood(String what, Span s) {
        String quote = s.of(notice.text());
        if (quote.length() > 40) {
            quote = quote.substring(0, 40) + "…";
        }
        sink.problem(new Problem(what + ": " + quote.replace('\n', ' '), s));
    }
}
