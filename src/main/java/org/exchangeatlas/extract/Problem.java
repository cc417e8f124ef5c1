package org.exchangeatlas.extract;

import java.util.Objects;
import org.exchangeatlas.source.Span;

/**
 * Something in a document that was seen but not understood (a host unit that could not be
 * parsed, a date that did not read as a date): counted and reported, never silently dropped. Its
 * place stays a span until the build's one formatter turns it into a line and column
 * ({@code pipeline.Skipped}); what a build does about it is the policy of its
 * {@code pipeline.ProblemHandler}.
 *
 * @param message  what was not understood, for a user
 * @param span     where, if known (may be null)
 * @param severity how much it matters: a warning (the build goes on, its facts minus this one) or
 *                 an error (a build run {@code --strict} fails on it)
 */
public record Problem(String message, Span span, Severity severity) {
    /** How much a problem matters. */
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(severity);
    }

    /** A warning: what extractors find they cannot read. */
    public Problem(String message, Span span) {
        this(message, span, Severity.WARNING);
    }
}
