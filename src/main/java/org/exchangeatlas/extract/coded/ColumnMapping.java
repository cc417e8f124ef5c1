package org.exchangeatlas.extract.coded;

import java.util.List;
import java.util.Optional;

/**
 * One line of a mapping file: the columns that feed a property, and how a cell of several values
 * is split ({@code "Kazakhstan; Uzbekistan"} with {@code ";"}).
 *
 * @param property what the columns feed
 * @param columns  the column names, in the order given
 * @param split    the separator between values in one cell, if cells hold several
 */
public record ColumnMapping(MappedProperty property, List<String> columns, Optional<String> split) {
    public ColumnMapping {
        columns = List.copyOf(columns);
    }
}
