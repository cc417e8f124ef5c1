package org.exchangeatlas.extract.coded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

/** The declarative mapping: its forms, and every way it can be wrong, each one line naming the file. */
class MappingFileTest {

    @Test
    void aColumnAListOfColumnsOrAColumnWithASeparator() {
        MappingFile m = MappingFile.parse("p.mapping.json", """
                {"$comment": "ignored", "title": "t", "topic": ["subject_1", "subject_2"],
                 "targetCountry": {"column": "countries", "split": ";"}}""");
        assertEquals(List.of(
                new ColumnMapping(MappedProperty.TITLE, List.of("t"), Optional.empty()),
                new ColumnMapping(MappedProperty.TOPIC, List.of("subject_1", "subject_2"), Optional.empty()),
                new ColumnMapping(MappedProperty.TARGET_COUNTRY, List.of("countries"), Optional.of(";"))), m.mappings());
    }

    @Test
    void theMappingFileOfATable() {
        assertEquals("programs.mapping.json", MappingFile.nameFor("programs.csv"));
        assertEquals("courses.mapping.json", MappingFile.nameFor("courses.jsonl"));
    }

    private static String error(String json) {
        return assertThrows(UnreadableDocumentException.class, () -> MappingFile.parse("p.mapping.json", json)).getMessage();
    }

    @Test
    void eachMistakeIsOneLineNamingTheMappingFile() {
        assertEquals("mapping file p.mapping.json: no column for \"title\"", error("{\"year\": \"yr\"}"));
        assertEquals("mapping file p.mapping.json: no property \"hots\" (known: " + MappedProperty.names() + ")",
                error("{\"title\": \"t\", \"hots\": \"h\"}"));
        assertEquals("mapping file p.mapping.json: \"year\": takes one value: one column, no \"split\"",
                error("{\"title\": \"t\", \"year\": {\"column\": \"y\", \"split\": \";\"}}"));
        assertEquals("mapping file p.mapping.json: not valid JSON: line 1, column 14: Unexpected end-of-input: "
                + "expected close marker for Object", error("{\"title\": \"t\""));
    }

    @Test
    void aColumnTheTableLacksIsNamedWithItsProperty() {
        MappingFile m = MappingFile.parse("p.mapping.json", "{\"title\": \"t\", \"host\": \"hosts\"}");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> m.checkAgainst(List.of("t", "host")));
        assertEquals("mapping file p.mapping.json names column \"hosts\" (for host), which the table does not have",
                e.getMessage());
    }
}
