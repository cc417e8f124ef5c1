package org.exchangeatlas.server;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDFS;
import org.exchangeatlas.model.AtlasNodes;

/**
 * The names a page shows for a node, read from the union graph: {@code skos:prefLabel} in a
 * language, else {@code atlas:title}, else {@code rdfs:label}, else the end of the IRI. Call
 * inside a read transaction.
 */
final class Labels {
    static final Node PREF_LABEL = AtlasNodes.SKOS_PREF_LABEL;
    static final Node TITLE = AtlasNodes.TITLE;

    private final Graph union;

    Labels(Graph union) {
        this.union = union;
    }

    /** The node's {@code skos:prefLabel} (or {@code atlas:title}) in {@code lang} ("en", "zh"), if any. */
    Optional<String> in(Node node, String lang) {
        Optional<String> pref = literal(node, PREF_LABEL, lang);
        return pref.isPresent() ? pref : literal(node, TITLE, lang);
    }

    /** The one name to show: English, Chinese, any label, or the IRI's last segment. */
    String best(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        for (String lang : new String[] {"en", "zh"}) {
            Optional<String> l = in(node, lang);
            if (l.isPresent()) {
                return l.get();
            }
        }
        for (Node p : new Node[] {PREF_LABEL, TITLE, RDFS.label.asNode(), FOAF.name.asNode()}) {
            Optional<String> any = literal(node, p, null);
            if (any.isPresent()) {
                return any.get();
            }
        }
        return localName(node);
    }

    /** The IRI's text after its last {@code /} or {@code #}. */
    static String localName(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The lexically first literal of {@code node p}, in {@code lang} (null: any), for a stable choice. */
    private Optional<String> literal(Node node, Node p, String lang) {
        String chosen = null;
        for (var it = union.find(node, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral() && (lang == null || o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT).startsWith(lang))) {
                String s = o.getLiteralLexicalForm();
                if (chosen == null || s.compareTo(chosen) < 0) {
                    chosen = s;
                }
            }
        }
        return Optional.ofNullable(chosen);
    }
}
