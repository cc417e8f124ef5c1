package org.exchangeatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.StoreCounts;

/**
 * The store's figures for {@code stats} and {@code demo}: counts, programs per organizer and per
 * year, and the page furniture set aside (in all, and for the documents with the most).
 */
final class StatsReport {
    static final int TOP_ORGANIZERS = 10;

    private static final String PROLOGUE = "PREFIX atlas: <" + AtlasTerms.NS + ">\n"
            + "PREFIX skos: <" + AtlasTerms.SKOS + ">\n";

    private static final String BY_ORGANIZER = PROLOGUE
            + "SELECT ?org (SAMPLE(?en) AS ?label) (COUNT(DISTINCT ?p) AS ?n) WHERE {\n"
            + "  ?p a atlas:Program ; atlas:organizer ?org .\n"
            + "  OPTIONAL { ?org skos:prefLabel ?en FILTER(langMatches(lang(?en), \"en\")) }\n"
            + "} GROUP BY ?org ORDER BY DESC(?n) ?label ?org LIMIT " + TOP_ORGANIZERS;

    private static final String BY_YEAR = PROLOGUE
            + "SELECT ?year (COUNT(DISTINCT ?p) AS ?n) WHERE {\n"
            + "  ?p a atlas:Program ; atlas:year ?year .\n"
            + "} GROUP BY ?year ORDER BY ?year";

    /** Programs, how many of them several documents describe, and how many facts revisions superseded. */
    private static final String SOURCES = PROLOGUE
            + "SELECT (COUNT(?p) AS ?merged) (SUM(?n) AS ?sources) WHERE {\n"
            + "  { SELECT ?p (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d atlas:describes ?p } GROUP BY ?p HAVING (COUNT(DISTINCT ?d) > 1) }\n"
            + "}";
    private static final String SUPERSEDED = PROLOGUE
            + "SELECT (COUNT(DISTINCT ?c) AS ?superseded) WHERE { ?c atlas:supersededBy ?r }";

    static final int TOP_FURNISHED = 5;

    private static final String FURNITURE = PROLOGUE
            + "SELECT (COUNT(?d) AS ?documents) (SUM(?p) AS ?passages) (SUM(?c) AS ?characters) WHERE {\n"
            + "  ?d a atlas:Document ; atlas:setAsidePassages ?p ; atlas:setAsideCharacters ?c . FILTER(?p > 0)\n"
            + "}";

    private static final String FURNITURE_BY_DOCUMENT = PROLOGUE
            + "SELECT ?path ?p ?c WHERE {\n"
            + "  ?d a atlas:Document ; atlas:sourcePath ?path ; atlas:setAsidePassages ?p ; atlas:setAsideCharacters ?c .\n"
            + "  FILTER(?p > 0)\n"
            + "} ORDER BY DESC(?c) ?path LIMIT " + TOP_FURNISHED;

    private StatsReport() {}

    static void print(AtlasStore store, PrintStream out) {
        record Figures(StoreCounts counts, Table organizers, Table years, Table furniture, Table furnished,
                       QuerySolution sources, QuerySolution superseded) {}
        Figures f = store.read(() -> new Figures(StoreCounts.of(store.datasetGraph()),
                rows(store, BY_ORGANIZER, "org", "label"), rows(store, BY_YEAR, "year", null),
                furniture(store), furnished(store), one(store, SOURCES), one(store, SUPERSEDED)));
        StoreCounts c = f.counts();
        out.println("Store " + store.dir());
        new Table()
                .row("named graphs", c.graphs())
                .row("documents", c.documents())
                .row("programs", c.programs())
                .row("programs with several sources", number(f.sources(), "merged"))
                .row("  documents describing them", number(f.sources(), "sources"))
                .row("facts superseded by revisions", number(f.superseded(), "superseded"))
                .row("claims", c.claims())
                .row("stated facts", c.statedFacts())
                .row("inferred facts", c.inferredFacts())
                .row("organizations", c.organizations())
                .row("quads", c.quads())
                .row("triples (union)", c.triples())
                .print(out, "  ");
        section(out, "Programs by organizer (top " + TOP_ORGANIZERS + ")", f.organizers());
        section(out, "Programs by year", f.years());
        section(out, "Page furniture set aside (menus, sidebars, tickers, comments, footers)", f.furniture());
        section(out, "Furniture by document (top " + TOP_FURNISHED + ")", f.furnished());
    }

    /** Documents with furniture, and the passages and characters set aside in all; call inside a read transaction. */
    private static Table furniture(AtlasStore store) {
        Table t = new Table();
        try (QueryExecution qe = QueryExecutionFactory.create(QueryFactory.create(FURNITURE), store.dataset())) {
            QuerySolution s = qe.execSelect().next();
            t.row("documents", number(s, "documents"))
                    .row("passages", number(s, "passages"))
                    .row("characters", number(s, "characters"));
        }
        return t;
    }

    /** The documents with the most characters set aside; call inside a read transaction. */
    private static Table furnished(AtlasStore store) {
        Table t = new Table();
        try (QueryExecution qe = QueryExecutionFactory.create(QueryFactory.create(FURNITURE_BY_DOCUMENT), store.dataset())) {
            qe.execSelect().forEachRemaining(s -> t.row(s.getLiteral("path").getLexicalForm(),
                    s.getLiteral("c").getLong() + " characters in " + s.getLiteral("p").getLong() + " passages"));
        }
        return t;
    }

    private static QuerySolution one(AtlasStore store, String sparql) {
        try (QueryExecution qe = QueryExecution.create(sparql, store.dataset())) {
            return qe.execSelect().next();
        }
    }

    private static long number(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getLong() : 0;
    }

    private static void section(PrintStream out, String heading, Table t) {
        out.println();
        out.println(heading);
        if (t.isEmpty()) {
            out.println("  (none)");
        } else {
            t.print(out, "  ");
        }
    }

    /** Rows of {@code ?label-or-key, ?n}; call inside a read transaction. */
    private static Table rows(AtlasStore store, String sparql, String keyVar, String labelVar) {
        Query q = QueryFactory.create(sparql);
        List<String[]> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionFactory.create(q, store.dataset())) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                RDFNode label = labelVar == null ? null : s.get(labelVar);
                RDFNode key = s.get(keyVar);
                String name = label != null ? label.asLiteral().getLexicalForm()
                        : key.isLiteral() ? key.asLiteral().getLexicalForm() : key.toString();
                rows.add(new String[] {name, s.getLiteral("n").getLexicalForm()});
            });
        }
        Table t = new Table();
        rows.forEach(r -> t.row(r[0], r[1]));
        return t;
    }
}
