package org.exchangeatlas.extract.coded;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.source.Span;

/**
 * Parses a JSON table (an array of objects, one program each) or JSON Lines (one object a line)
 * with Jackson's streaming parser, and keeps, for every value, where it stands in the text: the
 * parser gives each token's character offset, and the value's raw characters run from there to
 * the string's closing quote or the literal's end (a number's raw characters hold no escape, so
 * one decoding serves every value). A key is a column; a value is a string, a
 * number, a boolean, {@code null} (an empty cell) or a list of those (a cell of several values).
 *
 * <p>Text that is not JSON makes the whole file unreadable ({@link UnreadableDocumentException}
 * naming the line and column). A row that is not an object, or a value that is an object, is a
 * note, and that row or value is not read. The text is walked twice, once to check it and find
 * the columns and once, row by row, to read it: no list of all rows is built.
 */
final class JsonTable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTable() {}

    /** A JSON array of objects, checked whole before its rows are read. */
    public static Table parseArray(String text) {
        return checked(text, JsonTable::walkArray);
    }

    /** JSON Lines: one object a line; blank lines are passed over. Checked whole before its rows are read. */
    public static Table parseLines(String text) {
        return checked(text, JsonTable::walkLines);
    }

    /** One walk over a table's text, handing rows and notes to a collector. */
    @FunctionalInterface
    private interface Walk {
        void over(String text, Collector c);
    }

    /** Walks once to find syntax errors and the columns, then returns a table that walks again when read. */
    private static Table checked(String text, Walk walk) {
        Collector check = new Collector(null);
        walk.over(text, check);
        return new Table.Walked(List.copyOf(check.columns), handler -> walk.over(text, new Collector(handler)));
    }

    private static void walkArray(String text, Collector c) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw new UnreadableDocumentException("not a JSON array of objects (a table is [{...}, {...}])");
            }
            int row = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                row++;
                c.row(p, t, row, 0);
            }
            if (p.nextToken() != null) {
                throw new UnreadableDocumentException(at(p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr()) + "more text after the table's closing bracket");
            }
        } catch (JsonProcessingException e) {
            throw syntax(e, 0);
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot parse: " + e.getMessage(), e);
        }
    }

    private static void walkLines(String text, Collector c) {
        int lineStart = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNumber = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            lineNumber++;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                try (JsonParser p = FACTORY.createParser(line)) {
                    c.row(p, p.nextToken(), lineNumber, lineStart);
                    if (p.nextToken() != null) {
                        throw new UnreadableDocumentException(at(lineNumber, p.currentTokenLocation().getColumnNr())
                                + "more text after the line's object");
                    }
                } catch (JsonProcessingException e) {
                    throw syntax(e, lineNumber - 1);
                } catch (IOException e) {
                    throw new UnreadableDocumentException("cannot parse: " + e.getMessage(), e);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private static UnreadableDocumentException syntax(JsonProcessingException e, int linesBefore) {
        String message = reason(e);
        if (e.getLocation() == null) {
            return new UnreadableDocumentException("not valid JSON: " + message, e);
        }
        return new UnreadableDocumentException("not valid JSON: " + at(e.getLocation().getLineNr() + linesBefore,
                e.getLocation().getColumnNr()) + message, e);
    }

    /**
     * Jackson's reason for a syntax error, one line, without the parser's note on where the input
     * came from ({@code (start marker at [Source: ...])}): the caller names the file and place.
     */
    static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        int source = m.indexOf("[Source:");
        if (source >= 0) {
            int open = m.lastIndexOf(" (", source);
            m = m.substring(0, open >= 0 ? open : source).stripTrailing();
        }
        return m;
    }

    /**
     * The value of a JSON string's raw characters (between its quotes), its escapes decoded by the
     * parser. A stretch cut inside an escape by a separator is no string of its own: it is kept as
     * written.
     */
    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        try (JsonParser p = FACTORY.createParser("\"" + raw + "\"")) {
            p.nextToken();
            String value = p.getText();
            return p.nextToken() == null ? value : raw;
        } catch (IOException e) {
            return raw;
        }
    }

    private static String at(int line, int column) {
        return "line " + line + ", column " + column + ": ";
    }

    /**
     * Builds rows and gathers the columns in order of first appearance; hands rows and notes to
     * its handler, or drops them when it has none (the checking walk).
     */
    private static final class Collector {
        private final Table.Handler handler;
        private final Set<String> columns = new LinkedHashSet<>();

        Collector(Table.Handler handler) {
            this.handler = handler;
        }

        private void note(String note) {
            if (handler != null) {
                handler.note(note);
            }
        }

        /** One row from the token {@code t}; {@code base} is where the parsed text starts in the document. */
        void row(JsonParser p, JsonToken t, int row, int base) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                note("row " + row + ": not an object; row not read");
                p.skipChildren();
                return;
            }
            Map<String, Cell> cells = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String column = p.currentName();
                columns.add(column);
                JsonToken v = p.nextToken();
                List<Span> items = new ArrayList<>();
                if (v == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (!scalar(p, p.currentToken(), base, items)) {
                            note("row " + row + ", column " + column + ": a list or an object inside a list is not a value; left out");
                            p.skipChildren();
                        }
                    }
                } else if (!scalar(p, v, base, items)) {
                    note("row " + row + ", column " + column + ": an object is not a value; left out");
                    p.skipChildren();
                    continue;
                }
                cells.put(column, new Cell(items, Cell.Encoding.JSON_STRING));
            }
            if (handler != null) {
                handler.row(new Table.Row(row, cells));
            }
        }

        /** Adds the raw span of a scalar value; false for a structure. {@code null} adds nothing. */
        private boolean scalar(JsonParser p, JsonToken v, int base, List<Span> items) throws IOException {
            int start = base + (int) p.currentTokenLocation().getCharOffset();
            switch (v) {
                case VALUE_STRING -> {
                    // Jackson reads a string's characters lazily: reading them makes an unterminated
                    // string the syntax error it is, and leaves the parser just past the closing quote.
                    p.getText();
                    Span raw = CellSpans.jsonString(start, base + (int) p.currentLocation().getCharOffset());
                    if (raw.end() > raw.start()) {
                        items.add(raw);
                    }
                    return true;
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                    items.add(new Span(start, start + p.getText().length()));
                    return true;
                }
                case VALUE_NULL -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
    }
}
