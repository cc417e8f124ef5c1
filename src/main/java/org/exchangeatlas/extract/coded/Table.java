package org.exchangeatlas.extract.coded;

import java.util.List;
import java.util.Map;

/**
 * A coded table as parsed: its column names in order, its rows, and what was seen in it but not
 * understood (a row that is not an object, a row with more cells than columns), each by row.
 *
 * @param columns the column names (a CSV header, or the keys of a JSON table's objects)
 * @param rows    the data rows, in order
 * @param notes   problems found while parsing, as {@code row N: ...} messages
 */
record Table(List<String> columns, List<Row> rows, List<String> notes) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * One row of a table.
     *
     * @param number the row's number in messages: for a CSV the record's number counting the header as
     *               row 1 (as a spreadsheet numbers it), for a JSON array the object's place in it,
     *               for JSON Lines the line
     * @param cells  the row's cells by column name; a column the row lacks has no entry
     */
    public record Row(int number, Map<String, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        /** The cell of {@code column}, empty when the row has none. */
        public Cell cell(String column) {
            return cells.getOrDefault(column, new Cell(List.of(), Cell.Encoding.PLAIN));
        }
    }
}
