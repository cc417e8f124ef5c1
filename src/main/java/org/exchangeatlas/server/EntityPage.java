package org.exchangeatlas.server;

import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.GraphReads;

/**
 * The HTML page of an entity IRI. Every page names the entity in English and Chinese and lists its
 * labels; a program's page lists every fact with its evidence (the quoted passage, linked to the
 * document with the passage highlighted; for an inferred country, the group and the dated
 * membership); any other entity's page lists its statements, its memberships and the programs
 * that name it. Call inside a read transaction.
 */
final class EntityPage {
    private static final Set<String> LABEL_PROPERTIES = Set.of(SKOS_PREF_LABEL, SKOS_ALT_LABEL, SKOS_HIDDEN_LABEL);
    private static final Set<String> NOT_LISTED = Set.of(TEXT, RDF_TYPE, PROGRAM_KEY);

    private final DatasetGraph dsg;
    private final Graph union;
    private final Labels labels;

    EntityPage(DatasetGraph dsg) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
        this.labels = new Labels(union);
    }

    String render(Node entity) {
        Html h = new Html();
        String name = labels.best(entity);
        h.raw("<article class=\"entity\">\n");
        h.element("p", "class=\"kind\"", kinds(entity));
        h.element("h1", "", name);
        names(h, entity);
        h.raw("<p class=\"iri\"><code>").text(entity.getURI()).raw("</code> · ");
        for (String[] f : new String[][] {{"turtle", "Turtle"}, {"jsonld", "JSON-LD"}, {"ntriples", "N-Triples"}}) {
            h.raw("<a class=\"format\" href=\"?format=").raw(f[0]).raw("\">").text(f[1]).raw("</a> ");
        }
        h.raw("</p>\n");
        if (isA(entity, PROGRAM)) {
            facts(h, entity);
        } else {
            if (isA(entity, DOCUMENT)) {
                Node sha = GraphReads.one(union, entity, AtlasNodes.SHA256);
                if (sha != null) {
                    h.raw("<p>").link("/doc/" + sha.getLiteralLexicalForm(), "Read the document's text").raw("</p>\n");
                }
            }
            statements(h, entity);
            memberships(h, entity);
            programs(h, entity);
        }
        labelTable(h, entity);
        h.raw("</article>\n");
        return h.page(name);
    }

    /** The English and the Chinese name, each marked with its language. */
    private void names(Html h, Node entity) {
        h.raw("<p class=\"names\">");
        Optional<String> en = labels.in(entity, "en");
        Optional<String> zh = labels.in(entity, "zh");
        h.raw("<span class=\"name\" lang=\"en\">").text(en.orElse("(no English name)")).raw("</span>");
        h.raw("<span class=\"name\" lang=\"zh\">").text(zh.orElse("(no Chinese name)")).raw("</span>");
        h.raw("</p>\n");
    }

    private void facts(Html h, Node program) {
        List<ProgramFacts.Fact> facts = ProgramFacts.of(dsg, program).stream()
                .filter(f -> !f.property().isURI() || !(LABEL_PROPERTIES.contains(f.property().getURI())
                        || NOT_LISTED.contains(f.property().getURI())))
                .toList();
        h.raw("<section><h2>Facts</h2>\n<table class=\"facts\"><thead><tr><th>property</th><th>value</th>"
                + "<th>evidence</th></tr></thead><tbody>\n");
        for (ProgramFacts.Fact f : facts) {
            h.raw("<tr class=\"").raw(f.inferredOnly() ? "inferred" : "stated").raw(f.asserted() ? "" : " superseded").raw("\">");
            h.element("td", "class=\"property\"", labels.best(f.property()));
            h.raw("<td class=\"value\">");
            value(h, f.value());
            h.raw("</td><td class=\"evidence\">");
            for (ProgramFacts.Citation c : f.citations()) {
                h.raw("<div class=\"citation\"><q class=\"quote\">").text(c.exact()).raw("</q> ");
                h.raw("<a class=\"source\" href=\"").text(c.href()).raw("\">").text(c.path())
                        .text(", characters " + c.start() + "–" + c.end()).raw("</a>");
                c.supersededBy().ifPresent(d -> h.raw(" <span class=\"note\">superseded by ")
                        .link(local(d), labels.best(d)).raw("</span>"));
                h.raw("</div>");
            }
            for (ProgramFacts.Derivation d : f.derivations()) {
                h.raw("<div class=\"derivation\"><span class=\"badge inferred\">inferred</span> via ");
                if (d.group() != null) {
                    h.link(local(d.group()), labels.best(d.group()));
                }
                if (d.membership() != null) {
                    h.text(", member " + d.from().map(x -> "from " + x).orElse("") + d.until().map(x -> " until " + x).orElse(""));
                }
                d.tier().ifPresent(t -> h.text(" (" + labels.best(t) + ")"));
                d.proxy().ifPresent(p -> h.text(" (proxy: " + labels.best(p) + ")"));
                h.raw("</div>");
            }
            if (f.citations().isEmpty() && f.derivations().isEmpty()) {
                h.raw("<span class=\"note\">no passage (a derived or bookkeeping value)</span>");
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody></table></section>\n");
    }

    private void statements(Html h, Node entity) {
        List<Triple> triples = new ArrayList<>();
        union.find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (!LABEL_PROPERTIES.contains(p) && !NOT_LISTED.contains(p)) {
                triples.add(t);
            }
        });
        if (triples.isEmpty()) {
            return;
        }
        triples.sort(Comparator.comparing((Triple t) -> labels.best(t.getPredicate())).thenComparing(t -> t.getObject().toString()));
        h.raw("<section><h2>Statements</h2>\n<table class=\"statements\"><tbody>\n");
        for (Triple t : triples) {
            h.raw("<tr>").element("td", "class=\"property\"", labels.best(t.getPredicate())).raw("<td class=\"value\">");
            value(h, t.getObject());
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody></table></section>\n");
    }

    /** For a group, its members; for a country, its groups; each with the dates of the membership. */
    private void memberships(Html h, Node entity) {
        Node member = AtlasNodes.ORG_MEMBER;
        Node organization = AtlasNodes.ORG_ORGANIZATION;
        boolean asGroup = union.find(Node.ANY, organization, entity).hasNext();
        Node self = asGroup ? organization : member;
        Node other = asGroup ? member : organization;
        TreeMap<String, String[]> rows = new TreeMap<>();
        union.find(Node.ANY, self, entity).forEachRemaining(t -> {
            Node m = t.getSubject();
            Node o = GraphReads.one(union, m, other);
            if (o != null && isA(m, MEMBERSHIP)) {
                Node from = GraphReads.one(union, m, AtlasNodes.FROM);
                Node until = GraphReads.one(union, m, AtlasNodes.UNTIL);
                Node tier = GraphReads.one(union, m, AtlasNodes.TIER);
                rows.put(labels.best(o) + " " + m, new String[] {local(o), labels.best(o),
                        from == null ? "" : from.getLiteralLexicalForm(), until == null ? "" : until.getLiteralLexicalForm(),
                        tier == null ? "" : labels.best(tier)});
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        h.raw("<section><h2>").text(asGroup ? "Members" : "Member of").raw("</h2>\n<table class=\"memberships\"><thead><tr><th>")
                .text(asGroup ? "country" : "group").raw("</th><th>from</th><th>until</th><th>tier</th></tr></thead><tbody>\n");
        for (String[] r : rows.values()) {
            h.raw("<tr><td>").link(r[0], r[1]).raw("</td>").element("td", "", r[2]).element("td", "", r[3])
                    .element("td", "", r[4]).raw("</tr>\n");
        }
        h.raw("</tbody></table></section>\n");
    }

    /** The programs that name the entity, with the property and whether a source states it. */
    private void programs(Html h, Node entity) {
        Node inferredGraph = AtlasNodes.INFERRED_GRAPH;
        TreeMap<String, String[]> rows = new TreeMap<>();
        union.find(Node.ANY, Node.ANY, entity).forEachRemaining(t -> {
            Node p = t.getSubject();
            if (!isA(p, PROGRAM)) {
                return;
            }
            boolean stated = false;
            for (var it = dsg.find(Node.ANY, p, t.getPredicate(), entity); it.hasNext(); ) {
                Quad q = it.next();
                stated |= !q.getGraph().equals(inferredGraph);
            }
            Node year = GraphReads.one(union, p, AtlasNodes.YEAR);
            String y = year == null ? "" : year.getLiteralLexicalForm();
            String zh = labels.in(p, "zh").filter(l -> !l.equals(labels.best(p))).orElse("");
            rows.put(y + " " + labels.best(p) + " " + t.getPredicate(), new String[] {local(p), labels.best(p), y,
                    labels.best(t.getPredicate()), stated ? "stated" : "inferred", zh});
        });
        if (rows.isEmpty()) {
            return;
        }
        h.raw("<section><h2>Programs</h2>\n<table class=\"programs\"><thead><tr><th>program</th><th>year</th>"
                + "<th>as</th><th>basis</th></tr></thead><tbody>\n");
        for (String[] r : rows.values()) {
            h.raw("<tr><td>").link(r[0], r[1]);
            if (!r[5].isEmpty()) {
                h.raw(" <span class=\"alt\" lang=\"zh\">").text(r[5]).raw("</span>");
            }
            h.raw("</td>").element("td", "", r[2]).element("td", "", r[3])
                    .raw("<td><span class=\"badge ").raw(r[4]).raw("\">").text(r[4]).raw("</span></td></tr>\n");
        }
        h.raw("</tbody></table></section>\n");
    }

    private void labelTable(Html h, Node entity) {
        List<String[]> rows = new ArrayList<>();
        for (String p : List.of(SKOS_PREF_LABEL, TITLE, SKOS_ALT_LABEL, SKOS_HIDDEN_LABEL)) {
            union.find(entity, AtlasNodes.iri(p), Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isLiteral()) {
                    rows.add(new String[] {labels.best(t.getPredicate()), o.getLiteralLanguage(), o.getLiteralLexicalForm()});
                }
            });
        }
        if (rows.isEmpty()) {
            return;
        }
        h.raw("<section><h2>Names</h2>\n<table class=\"labels\"><thead><tr><th>kind</th><th>language</th><th>name</th></tr></thead><tbody>\n");
        for (String[] r : rows) {
            h.raw("<tr>").element("td", "", r[0]).element("td", "", r[1])
                    .element("td", r[1].isEmpty() ? "" : "lang=\"" + Html.escape(r[1]) + "\"", r[2]).raw("</tr>\n");
        }
        h.raw("</tbody></table></section>\n");
    }

    private void value(Html h, Node value) {
        if (value.isURI()) {
            if (value.getURI().startsWith(ID)) {
                h.link(local(value), labels.best(value));
                Optional<String> zh = labels.in(value, "zh");
                Optional<String> en = labels.in(value, "en");
                if (zh.isPresent() && en.isPresent()) {
                    h.raw(" <span class=\"alt\" lang=\"zh\">").text(zh.get()).raw("</span>");
                }
            } else if (value.getURI().startsWith(NS)) {
                h.text(labels.best(value));
            } else if (value.getURI().startsWith("http://") || value.getURI().startsWith("https://")) {
                h.link(value.getURI(), value.getURI());
            } else {
                h.element("code", "", value.getURI());
            }
        } else if (value.isLiteral()) {
            String lang = value.getLiteralLanguage();
            h.element("span", lang.isEmpty() ? "" : "lang=\"" + Html.escape(lang) + "\"", value.getLiteralLexicalForm());
        } else {
            h.text(value.toString());
        }
    }

    private String kinds(Node entity) {
        Set<String> kinds = new LinkedHashSet<>();
        union.find(entity, AtlasNodes.RDF_TYPE, Node.ANY).forEachRemaining(t -> {
            Node type = t.getObject();
            if (type.isURI() && !type.equals(OWL.NamedIndividual.asNode()) && !type.getURI().equals(SKOS_CONCEPT)) {
                kinds.add(labels.best(type));
            }
        });
        return kinds.isEmpty() ? "entity" : String.join(" · ", kinds);
    }

    private boolean isA(Node s, String cls) {
        return union.contains(s, AtlasNodes.RDF_TYPE, AtlasNodes.iri(cls));
    }

    /**
     * The server's path of an entity IRI ({@code /id/...}); other http(s) IRIs stay as they are;
     * any other scheme (which a page must never turn into a link, {@code javascript:} say) is {@code #}.
     */
    static String local(Node iri) {
        String s = iri.getURI();
        if (s.startsWith(ID)) {
            return "/id/" + s.substring(ID.length());
        }
        return s.startsWith("http://") || s.startsWith("https://") ? s : "#";
    }
}
