package org.exchangeatlas.extract;

/**
 * The object of an extracted fact: a vocabulary concept already found, a name still to resolve,
 * or a literal.
 */
public sealed interface Value {

    /** A resource known by IRI (a vocabulary concept the matcher found). */
    record Iri(String iri) implements Value {}

    /**
     * A name the text gives for something of a kind ({@link #ORGANIZATION}) that the resolver
     * turns into an IRI: a vocabulary entry if one has this label, else a new entity.
     */
    record Name(String kind, String name) implements Value {
        public static final String ORGANIZATION = "organization";
    }

    /** A typed literal such as an {@code xsd:date}. */
    record Typed(String lexical, String datatype) implements Value {}

    /** A language-tagged string. */
    record Text(String text, String lang) implements Value {}
}
