package org.exchangeatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;

/**
 * SPARQL for {@code query} and {@code demo}: reads a query from a file or the argument itself,
 * parses it with one-line errors, and prints its results in a read transaction.
 * Queries run against the store's union default graph, so a query without {@code GRAPH} sees
 * every named graph.
 */
final class Sparql {
    private Sparql() {}

    /** Result formats of {@code atlas query}. */
    enum Format { table, csv, tsv, json }

    /** A query's text and the name errors give for it: the file, or {@code query}. */
    record Source(String name, String text) {
        /** The file {@code arg} names, when it names an existing file; else {@code arg} as query text. */
        static Source of(String arg) throws CliException {
            Path file = null;
            try {
                file = Path.of(arg);
            } catch (InvalidPathException e) {
                // not a path: query text
            }
            if (file != null && Files.isRegularFile(file)) {
                return read(file);
            }
            if (file != null && arg.endsWith(".rq") && !arg.contains("\n")) {
                throw new CliException(arg + ": no such file");
            }
            return new Source("query", arg);
        }

        static Source read(Path file) throws CliException {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                return new Source(file.toString(), text);
            } catch (CharacterCodingException e) {
                throw new CliException(file + ": not UTF-8 text");
            } catch (IOException e) {
                throw new CliException(file + ": cannot read: " + Messages.describe(e));
            }
        }
    }

    /** Parses a query; a syntax error becomes {@code NAME: line L, column C: message}. */
    static Query parse(Source source) throws CliException {
        try {
            return QueryFactory.create(source.text(), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? "line " + e.getLine() + ", column " + e.getColumn() + ": " : "";
            throw new CliException(source.name() + ": " + where + stripPosition(Messages.firstLine(e.getMessage())), e);
        } catch (QueryException e) {
            throw new CliException(source.name() + ": " + Messages.describe(e), e);
        }
    }

    private static final java.util.regex.Pattern ENCOUNTERED =
            java.util.regex.Pattern.compile("^Encountered \"\\s*(?:<[^>]+>|\"[^\"]*\"|\\S+)\\s+\"(.*?)\\s*\"\"$");

    /**
     * Jena's first line, without the position it repeats ("... at line 1, column 8.") and with
     * the parser's token dump ({@code Encountered " "}" "} ""}) said plainly.
     */
    static String stripPosition(String message) {
        String m = message.replaceAll("\\s*at line -?\\d+, column -?\\d+\\.?", "")
                .replaceFirst("^Line -?\\d+, column -?\\d+:\\s*", "")
                .replaceFirst("^Lexical error\\s+Encountered:\\s*", "lexical error: unexpected ")
                .strip();
        if (m.startsWith("Encountered \"<EOF>\"")) {
            return "unexpected end of query";
        }
        java.util.regex.Matcher t = ENCOUNTERED.matcher(m);
        if (t.matches()) {
            return "unexpected '" + t.group(1) + "'";
        }
        return m.isEmpty() ? message : m;
    }

    /** Runs {@code query} over {@code dataset} and prints its results to {@code out}. */
    static void print(Query query, String name, Dataset dataset, Format format, PrintStream out) throws CliException {
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(query, dataset)) {
                    if (query.isSelectType()) {
                        printSelect(qe.execSelect(), query, format, out);
                    } else if (query.isAskType()) {
                        boolean yes = qe.execAsk();
                        if (format == Format.json) {
                            ResultSetFormatter.outputAsJSON(out, yes);
                        } else {
                            out.println(yes ? "yes" : "no");
                        }
                    } else if (query.isConstructType()) {
                        printTurtle(qe.execConstructTriples(), query, out);
                    } else if (query.isDescribeType()) {
                        printTurtle(qe.execDescribeTriples(), query, out);
                    } else {
                        throw new QueryException("unsupported query form");
                    }
                }
            });
        } catch (QueryException e) {
            throw new CliException(name + ": " + Messages.describe(e), e);
        }
        out.flush();
    }

    private static void printSelect(ResultSet rs, Query query, Format format, PrintStream out) {
        switch (format) {
            case table -> ResultSetFormatter.out(out, rs, query);
            case csv -> ResultSetFormatter.outputAsCSV(out, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
            case json -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }

    private static void printTurtle(Iterator<Triple> triples, Query query, PrintStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        w.start();
        Prefixes.declare(w, query.getPrefixMapping().getNsPrefixMap());
        triples.forEachRemaining(w::triple);
        w.finish();
    }
}
