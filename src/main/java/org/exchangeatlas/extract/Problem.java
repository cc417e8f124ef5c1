package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;

/**
 * Something in a document that was seen but not understood (a host unit that could not be
 * parsed, a date that did not read as a date): counted and reported, never silently dropped.
 *
 * @param message what was not understood, for a user
 * @param span    where, if known (may be null)
 */
public record Problem(String message, Span span) {}
