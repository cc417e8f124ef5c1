package org.exchangeatlas.extract.coded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.source.Span;

/**
 * Parses comma-separated values (RFC 4180) and keeps, for every cell, where its characters stand
 * in the text, so that a claim can quote the cell exactly. The first record is the header. Cells
 * are separated by commas and records by CRLF, LF or CR; a cell that begins with a double quote
 * runs to the matching quote, may hold commas and line breaks, and writes a quote as {@code ""}.
 * A quote inside an unquoted cell is taken as a character (as spreadsheets write them). A
 * leading byte-order mark and blank lines are passed over.
 *
 * <p>Broken quoting makes the whole file unreadable ({@link UnreadableDocumentException}, naming
 * the row, line and column): every later cell would be misread. A row with more cells than the
 * header has columns is a note, and the row is not read. The text is parsed twice, once to
 * check it and once, row by row, to read it: no list of all rows is built.
 */
final class CsvTable {
    private CsvTable() {}

    /** A cell as found: its raw span and whether it was quoted. */
    private record Field(int start, int end, boolean quoted) {}

    private record Record(int row, List<Field> fields) {}

    /**
     * Checks the whole text (quoting, the header) and returns the table, whose rows are parsed
     * again, one at a time, when it is read.
     */
    public static Table parse(String text) {
        Parser check = new Parser(text);
        Record header = check.next();
        if (header == null) {
            throw new UnreadableDocumentException("no header row");
        }
        List<String> columns = columns(text, header);
        while (check.next() != null) {
            // every record is parsed once before any is handed out: broken quoting is found first
        }
        return new Table.Walked(columns, handler -> {
            Parser parser = new Parser(text);
            parser.next();
            for (Record r = parser.next(); r != null; r = parser.next()) {
                row(text, columns, r, handler);
            }
        });
    }

    private static List<String> columns(String text, Record header) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Field f : header.fields()) {
            String name = value(text, f).strip();
            if (!name.isEmpty() && !seen.add(name)) {
                throw new UnreadableDocumentException("row " + header.row() + ": column \"" + name + "\" appears twice in the header");
            }
            columns.add(name);
        }
        return List.copyOf(columns);
    }

    private static void row(String text, List<String> columns, Record r, Table.Handler handler) {
        if (r.fields().size() > columns.size()) {
            handler.note("row " + r.row() + ": " + r.fields().size() + " cells, but the header names "
                    + columns.size() + " columns; row not read");
            return;
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < r.fields().size(); i++) {
            if (columns.get(i).isEmpty()) {
                continue;
            }
            Field f = r.fields().get(i);
            List<Span> items = f.end() > f.start() ? List.of(new Span(f.start(), f.end())) : List.of();
            cells.put(columns.get(i), new Cell(items, f.quoted() ? Cell.Encoding.CSV_QUOTED : Cell.Encoding.PLAIN));
        }
        handler.row(new Table.Row(r.row(), cells));
    }

    private static String value(String text, Field f) {
        String raw = text.substring(f.start(), f.end());
        return f.quoted() ? Cell.Encoding.CSV_QUOTED.decode(raw) : raw;
    }

    /** The state of one parse: the position, the line and the row. */
    private static final class Parser {
        private final String text;
        private int pos;
        private int line = 1;
        private int lineStart;
        private int row;

        Parser(String text) {
            this.text = text;
            this.pos = text.startsWith("\uFEFF") ? 1 : 0;
            this.lineStart = pos;
        }

        /** The next record that is not blank, or null at the end of the text. */
        Record next() {
            while (pos < text.length()) {
                row++;
                List<Field> fields = record();
                boolean blank = fields.size() == 1 && !fields.get(0).quoted() && fields.get(0).start() == fields.get(0).end();
                if (!blank) {
                    return new Record(row, fields);
                }
            }
            return null;
        }

        /** One record, up to and including its line break. */
        private List<Field> record() {
            List<Field> fields = new ArrayList<>();
            while (true) {
                fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain());
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                lineBreak();
                return fields;
            }
        }

        private Field plain() {
            int start = pos;
            while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            return new Field(start, pos, false);
        }

        private Field quoted() {
            int openLine = line;
            int openColumn = pos - lineStart + 1;
            int start = ++pos;
            while (true) {
                if (pos >= text.length()) {
                    throw new UnreadableDocumentException("row " + row + ": unterminated quoted cell (the quote opens at line "
                            + openLine + ", column " + openColumn + " and is never closed)");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        pos += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n' || c == '\r' && !(pos + 1 < text.length() && text.charAt(pos + 1) == '\n')) {
                    line++;
                    lineStart = pos + 1;
                }
                pos++;
            }
            int end = pos++;
            if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                throw new UnreadableDocumentException("row " + row + ": text after the closing quote of a cell (line "
                        + line + ", column " + (pos - lineStart + 1) + ")");
            }
            return new Field(start, end, true);
        }

        private void lineBreak() {
            if (pos >= text.length()) {
                return;
            }
            if (text.charAt(pos) == '\r') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
            lineStart = pos;
        }
    }
}
