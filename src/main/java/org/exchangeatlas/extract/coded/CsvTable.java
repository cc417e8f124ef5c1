package org.exchangeatlas.extract.coded;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.source.Printable;
import org.exchangeatlas.source.Span;

/**
 * Reads comma-separated values (RFC 4180) with Jackson's streaming CSV parser and keeps, for every
 * cell, where its characters stand in the text, so that a claim can quote the cell exactly. The
 * first record is the header. Records end at CRLF, LF or CR; a quoted cell may hold commas and
 * line breaks and writes a quote as {@code ""}; a quote inside an unquoted cell is a character.
 * A leading byte-order mark and blank lines are passed over.
 *
 * <p>The parser gives each cell's value and the character offset where the cell starts; the raw
 * stretch follows from them ({@link CellSpans}). Broken quoting makes the whole file unreadable
 * ({@link UnreadableDocumentException}, naming the row, line and column): every later cell would
 * be misread. A row with more cells than the header has columns is a note, and the row is not
 * read. The text is parsed twice, once to check it and once, row by row, to read it: no list of
 * all rows is built.
 */
final class CsvTable {
    private static final CsvFactory FACTORY = new CsvFactory();

    private CsvTable() {}

    private record Record(int row, List<CellSpans.Raw> fields) {}

    /**
     * Checks the whole text (quoting, the header) and returns the table, whose rows are parsed
     * again, one at a time, when it is read.
     */
    public static Table parse(String text) {
        List<String> columns;
        try (Records check = new Records(text)) {
            Record header = check.next();
            if (header == null) {
                throw new UnreadableDocumentException("no header row");
            }
            columns = columns(text, header);
            while (check.next() != null) {
                // every record is parsed once before any is handed out: broken quoting is found first
            }
        }
        return new Table.Walked(columns, handler -> {
            try (Records records = new Records(text)) {
                records.next();
                for (Record r = records.next(); r != null; r = records.next()) {
                    row(columns, r, handler);
                }
            }
        });
    }

    private static List<String> columns(String text, Record header) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CellSpans.Raw f : header.fields()) {
            String name = f.value(text).strip();
            if (!name.isEmpty() && !seen.add(name)) {
                throw new UnreadableDocumentException("row " + header.row() + ": column \"" + Printable.of(name) + "\" appears twice in the header");
            }
            columns.add(name);
        }
        return List.copyOf(columns);
    }

    private static void row(List<String> columns, Record r, Table.Handler handler) {
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
            CellSpans.Raw f = r.fields().get(i);
            List<Span> items = f.span().end() > f.span().start() ? List.of(f.span()) : List.of();
            cells.put(columns.get(i), new Cell(items, f.quoted() ? Cell.Encoding.CSV_QUOTED : Cell.Encoding.PLAIN));
        }
        handler.row(new Table.Row(r.row(), cells));
    }

    /** One pass of the parser over the text: its records in order, each numbered as a spreadsheet numbers it. */
    private static final class Records implements AutoCloseable {
        private final String text;
        private final int base;
        private final JsonParser parser;
        private int row;

        Records(String text) {
            this.text = text;
            this.base = text.startsWith("\uFEFF") ? 1 : 0;
            try {
                StringReader reader = new StringReader(text);
                reader.skip(base);
                this.parser = FACTORY.createParser(reader);
            } catch (IOException e) {
                throw new UnreadableDocumentException("cannot parse: " + e.getMessage(), e);
            }
        }

        /** The next record that is not blank, or null at the end of the text. */
        Record next() {
            try {
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    row++;
                    List<CellSpans.Raw> fields = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        String value = parser.getText();
                        fields.add(CellSpans.csv(text, base + (int) parser.currentTokenLocation().getCharOffset(), value));
                    }
                    boolean blank = fields.size() == 1 && !fields.get(0).quoted() && fields.get(0).span().end() == fields.get(0).span().start();
                    if (!blank) {
                        return new Record(row, fields);
                    }
                }
                return null;
            } catch (JsonProcessingException e) {
                throw broken(e);
            } catch (IOException e) {
                throw new UnreadableDocumentException("cannot parse: " + e.getMessage(), e);
            }
        }

        /** Jackson's reason for broken quoting, said with the row, line and column it concerns. */
        private UnreadableDocumentException broken(JsonProcessingException e) {
            String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            JsonLocation cell = parser.currentTokenLocation();
            JsonLocation at = e.getLocation();
            if (reason.startsWith("Missing closing quote")) {
                return new UnreadableDocumentException("row " + row + ": unterminated quoted cell (the quote opens at line "
                        + cell.getLineNr() + ", column " + cell.getColumnNr() + " and is never closed)", e);
            }
            if (reason.contains("Expected column separator") && at != null) {
                // the parser's location is just past the character it did not expect
                return new UnreadableDocumentException("row " + row + ": text after the closing quote of a cell (line "
                        + at.getLineNr() + ", column " + (at.getColumnNr() - 1) + ")", e);
            }
            return new UnreadableDocumentException("row " + row + ": not valid CSV: line " + cell.getLineNr() + ", column "
                    + cell.getColumnNr() + ": " + JsonTable.reason(e), e);
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UnreadableDocumentException("cannot parse: " + e.getMessage(), e);
            }
        }
    }
}
