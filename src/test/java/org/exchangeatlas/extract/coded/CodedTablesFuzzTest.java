package org.exchangeatlas.extract.coded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.fuzz.FuzzDurations;
import org.exchangeatlas.fuzz.FuzzInput;
import org.exchangeatlas.fuzz.OneLine;

/**
 * Arbitrary text parsed as CSV, a JSON array or JSON Lines (the first byte chooses): a table or
 * the one-line {@link UnreadableDocumentException}, and every cell's raw stretch lies within the
 * text and decodes without error. (Here, not in {@code fuzz}, because the parsers are package-private.)
 */
class CodedTablesFuzzTest {
    /** Fuzzing found this: Jackson hands out an unterminated string's token before reading it. */
    @org.junit.jupiter.api.Test
    void anUnterminatedStringIsASyntaxErrorNotACrash() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> JsonTable.parseArray("[{\"name\": \"Seminar on"));
        assertEquals("not valid JSON: line 1, column 22: Unexpected end-of-input: was expecting closing quote for a string value",
                e.getMessage());
    }

    @FuzzTest(maxDuration = FuzzDurations.PER_TARGET)
    void parsesWithinTheText(byte[] data) {
        FuzzInput in = FuzzInput.of(data);
        String text = in.text();
        Table table;
        try {
            table = switch (in.choose(3)) {
                case 0 -> CsvTable.parse(text);
                case 1 -> JsonTable.parseArray(text);
                default -> JsonTable.parseLines(text);
            };
        } catch (UnreadableDocumentException e) {
            OneLine.check(e.getMessage());
            return;
        }
        Table.Contents contents = table.contents();
        contents.notes().forEach(OneLine::check);
        for (Table.Row row : contents.rows()) {
            for (Cell cell : row.cells().values()) {
                FuzzInput.assertWithin(cell.items(), text.length(), "cell");
                cell.items().forEach(s -> cell.encoding().decode(s.of(text)));
            }
        }
    }
}
