package org.exchangeatlas.model;

import static org.exchangeatlas.model.AtlasTerms.id;

/**
 * The IRI scheme of what the build mints from content (documents, claims, inferences), in one
 * place, so that a rebuild gives the same IRIs and every reader recognizes them: each is
 * {@code id/{kind}/{digest}} ({@link AtlasTerms#id}).
 */
public final class Iris {
    private Iris() {}

    private static final String DOCUMENT_PREFIX = id("document", "");

    /** A document's IRI, {@code id/document/{sha256}}: also the name of the graph of its facts. */
    public static String document(String sha256) {
        return id("document", sha256);
    }

    /** Whether {@code iri} is a document's IRI. */
    public static boolean isDocument(String iri) {
        return iri.startsWith(DOCUMENT_PREFIX);
    }

    /** The SHA-256 a document's IRI is made of. */
    public static String documentSha(String documentIri) {
        if (!isDocument(documentIri)) {
            throw new IllegalArgumentException("not a document IRI: " + documentIri);
        }
        return documentIri.substring(DOCUMENT_PREFIX.length());
    }

    /** A claim's IRI: a digest of the document and the fact and span it cites. */
    static String claim(String documentSha, String s, String p, String o, int start, int end) {
        return id("claim", Digests.prefix(documentSha + '\u0001' + s + '\u0001' + p + '\u0001' + o + '\u0001' + start + '\u0001' + end, 16));
    }

    /** The IRI of a claim's selector (its passage), within the claim's own. */
    static String selector(String claimIri) {
        return claimIri + "#selector";
    }

    /** An inference's IRI, {@code id/inference/{digest}}: the same program, country and membership give the same IRI. */
    public static String inference(String program, String country, String membership) {
        return id("inference", Digests.prefix(program + '\u0001' + country + '\u0001' + membership, 16));
    }
}
