package org.exchangeatlas.graph;

import static org.exchangeatlas.model.AtlasTerms.id;

import org.exchangeatlas.model.Digests;

/** Mints the IRIs the mapper writes, each from its content so a rebuild gives the same ones. */
public final class Iris {
    private Iris() {}

    public static String document(String sha256) {
        return id("document", sha256);
    }

    /** A claim's IRI: a digest of the document and the fact and span it cites. */
    public static String claim(String documentSha, String s, String p, String o, int start, int end) {
        return id("claim", Digests.prefix(documentSha + '\u0001' + s + '\u0001' + p + '\u0001' + o + '\u0001' + start + '\u0001' + end, 16));
    }

}
