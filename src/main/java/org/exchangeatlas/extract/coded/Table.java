package org.exchangeatlas.extract.coded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A coded table, read row by row: its column names are known once the text has been checked
 * (a syntax error is found before any row is handed out), then {@link #read} walks the text again
 * and hands each row, and each note on what was seen but not understood, to a handler in order.
 * No list of all rows is ever built, so a table of a million rows is read in the memory of one.
 */
interface Table {
    /** The column names (a CSV header, or the keys of a JSON table's objects in order of first appearance). */
    List<String> columns();

    /** Walks the rows in order, each row or note to {@code handler} as it is found. */
    void read(Handler handler);

    /** Hears a table's rows and notes. */
    interface Handler {
        void row(Row row);

        /** A problem found while parsing, as a {@code row N: ...} message. */
        void note(String note);
    }

    /** A table that walks its text again, through {@code walk}, each time it is read. */
    record Walked(List<String> columns, java.util.function.Consumer<Handler> walk) implements Table {
        public Walked {
            columns = List.copyOf(columns);
        }

        @Override
        public void read(Handler handler) {
            walk.accept(handler);
        }
    }

    /** Every row and note at once: for tests and small tables. */
    default Contents contents() {
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        read(new Handler() {
            @Override
            public void row(Row row) {
                rows.add(row);
            }

            @Override
            public void note(String note) {
                notes.add(note);
            }
        });
        return new Contents(rows, notes);
    }

    /** A table's rows and notes, gathered. */
    record Contents(List<Row> rows, List<String> notes) {
        public Contents {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /**
     * One row of a table.
     *
     * @param number the row's number in messages: for a CSV the record's number counting the header as
     *               row 1 (as a spreadsheet numbers it), for a JSON array the object's place in it,
     *               for JSON Lines the line
     * @param cells  the row's cells by column name; a column the row lacks has no entry
     */
    record Row(int number, Map<String, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell of {@code column}, empty when the row has none. */
        public Cell cell(String column) {
            return cells.getOrDefault(column, new Cell(List.of(), Cell.Encoding.PLAIN));
        }
    }
}
