package org.exchangeatlas.extract.coded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.source.Span;
import org.junit.jupiter.api.Test;

/** The offset-tracking CSV parser: cells, their spans in the text, quoting, and broken quoting. */
class CsvTableTest {

    private static String raw(String text, Cell cell) {
        return cell.items().get(0).of(text);
    }

    @Test
    void cellsKeepTheirSpansThroughQuotesCommasLineBreaksAndEscapedQuotes() {
        String text = "\uFEFFtitle,host,countries\r\n"
                + "\"Seminar on Ports, Logistics\",\"Academy \"\"Silk Road\"\"\",KZ; UZ\r\n"
                + "\r\n"
                + "Plain title,\"two\nlines\",\n";
        Table t = CsvTable.parse(text);
        assertEquals(List.of("title", "host", "countries"), t.columns());
        assertEquals(2, t.contents().rows().size());

        Table.Row first = t.contents().rows().get(0);
        assertEquals(2, first.number());
        Cell title = first.cell("title");
        assertEquals("Seminar on Ports, Logistics", raw(text, title));
        assertEquals(new Span(text.indexOf("Seminar"), text.indexOf("Seminar") + 27), title.items().get(0));
        Cell host = first.cell("host");
        assertEquals("Academy \"\"Silk Road\"\"", raw(text, host));
        assertEquals("Academy \"Silk Road\"", host.encoding().decode(raw(text, host)));
        assertEquals("KZ; UZ", raw(text, first.cell("countries")));

        Table.Row second = t.contents().rows().get(1);
        assertEquals(4, second.number(), "the blank line counts as a row, as in a spreadsheet");
        assertEquals("two\nlines", raw(text, second.cell("host")));
        assertEquals(List.of(), second.cell("countries").items(), "an empty cell has no characters to cite");
    }

    @Test
    void anUnterminatedQuoteMakesTheFileUnreadableNamingTheRow() {
        String text = "title,year\nA,2021\n\"B, unterminated,2022\nC,2023\n";
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> CsvTable.parse(text));
        assertEquals("row 3: unterminated quoted cell (the quote opens at line 3, column 1 and is never closed)", e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsBrokenQuoting() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> CsvTable.parse("title,year\n\"A\"x,2021\n"));
        assertEquals("row 2: text after the closing quote of a cell (line 2, column 4)", e.getMessage());
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsANoteAndIsNotRead() {
        Table t = CsvTable.parse("title,year\nA,2021\nB,2022,extra\n");
        assertEquals(1, t.contents().rows().size());
        assertEquals(List.of("row 3: 3 cells, but the header names 2 columns; row not read"), t.contents().notes());
    }

    @Test
    void aRepeatedColumnNameIsRefused() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> CsvTable.parse("title,year,title\nA,2021,B\n"));
        assertEquals("row 1: column \"title\" appears twice in the header", e.getMessage());
    }

    @Test
    void aRepeatedColumnNameWithALineBreakIsNamedOnOneLine() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> CsvTable.parse("\"ti\ntle\",\"ti\ntle\"\nA,B\n"));
        assertEquals("row 1: column \"ti\\ntle\" appears twice in the header", e.getMessage());
    }

    @Test
    void quotedCellsAtTheEdgesOfLinesKeepTheirSpans() {
        String text = "a,b\r\n\"\"\"x\"\"\",\"\"\r\n\"two\r\nlines\",y";
        Table.Row row = CsvTable.parse(text).contents().rows().get(0);
        assertEquals("\"\"x\"\"", raw(text, row.cell("a")));
        assertEquals(List.of(), row.cell("b").items());
        Table.Row last = CsvTable.parse(text).contents().rows().get(1);
        assertEquals(3, last.number());
        assertEquals("two\r\nlines", raw(text, last.cell("a")));
        assertEquals(new Span(text.length() - 1, text.length()), last.cell("b").items().get(0));
    }
}
