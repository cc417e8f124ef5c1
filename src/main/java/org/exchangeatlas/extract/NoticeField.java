package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;

/**
 * One labelled field of a notice ("主办单位：商务部"): which field the label names ({@link FieldKind}, one per
 * {@code id/notice-field/} concept, or {@code null} for a numbered section whose heading no
 * vocabulary knows), where the label stands and where its content runs.
 */
public record NoticeField(FieldKind kind, Span label, Span content) {}
