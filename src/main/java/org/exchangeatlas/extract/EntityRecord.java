package org.exchangeatlas.extract;

/**
 * An entity that a document introduces and no vocabulary knows (a host university named in a
 * notice): it gets a type and the label the text gives it.
 */
public record EntityRecord(String iri, String typeIri, String label, String lang) {}
