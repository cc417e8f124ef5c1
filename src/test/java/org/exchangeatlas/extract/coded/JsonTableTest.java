package org.exchangeatlas.extract.coded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

/** JSON tables and JSON Lines: each value's raw characters located through the parser's token offsets. */
class JsonTableTest {

    @Test
    void valuesOfAnArrayOfObjectsKeepTheirSpans() {
        String text = "[\n {\"name\": \"C\\u00f4te d\\u2019Ivoire seminar\", \"year\": 2021,\n"
                + "  \"invitees\": [\"KZ\", \"UZ\"], \"host\": null, \"nested\": {\"a\": 1}}\n]\n";
        Table t = JsonTable.parseArray(text);
        assertEquals(List.of("name", "year", "invitees", "host", "nested"), t.columns());
        Table.Row row = t.contents().rows().get(0);
        assertEquals(1, row.number());
        Cell name = row.cell("name");
        String raw = name.items().get(0).of(text);
        assertEquals("C\\u00f4te d\\u2019Ivoire seminar", raw);
        assertEquals("Côte d’Ivoire seminar", name.encoding().decode(raw));
        assertEquals("2021", row.cell("year").items().get(0).of(text));
        assertEquals(List.of("KZ", "UZ"), row.cell("invitees").items().stream().map(s -> s.of(text)).toList());
        assertEquals(List.of(), row.cell("host").items());
        assertEquals(List.of("row 1, column nested: an object is not a value; left out"), t.contents().notes());
    }

    @Test
    void jsonLinesCountRowsByLineAndOffsetsFromTheFileStart() {
        String text = "{\"course\": \"A\", \"year\": \"2019\"}\n\n{\"course\": \"B\", \"year\": \"2020\"}\n";
        Table t = JsonTable.parseLines(text);
        assertEquals(2, t.contents().rows().size());
        assertEquals(3, t.contents().rows().get(1).number());
        assertEquals("B", t.contents().rows().get(1).cell("course").items().get(0).of(text));
        assertEquals(text.indexOf("\"B\"") + 1, t.contents().rows().get(1).cell("course").items().get(0).start());
    }

    @Test
    void invalidJsonIsOneReasonWithLineAndColumn() {
        String text = "[\n  {\"title\": \"A\"}\n  {\"title\": \"B\"}\n]\n";
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> JsonTable.parseArray(text));
        assertEquals("not valid JSON: line 3, column 3: Unexpected character ('{' (code 123)): was expecting comma "
                + "to separate Array entries", e.getMessage());
    }

    @Test
    void aBadLineOfJsonLinesIsNamedByItsLineInTheFile() {
        String text = "{\"course\": \"A\"}\n{\"course\": \"B\",}\n";
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> JsonTable.parseLines(text));
        assertEquals("not valid JSON: line 2, column 16: Unexpected character ('}' (code 125)): was expecting "
                + "double-quote to start field name", e.getMessage());
    }

    @Test
    void aTableMustBeAnArray() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> JsonTable.parseArray("{\"title\": \"A\"}"));
        assertEquals("not a JSON array of objects (a table is [{...}, {...}])", e.getMessage());
    }
}
