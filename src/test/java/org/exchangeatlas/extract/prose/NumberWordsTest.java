package org.exchangeatlas.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
    @Test
    void chineseNumeralsDigitsAndEnglishWords() {
        assertEquals(OptionalInt.of(19), NumberWords.parse("十九"));
        assertEquals(OptionalInt.of(23), NumberWords.parse("二十三"));
        assertEquals(OptionalInt.of(120), NumberWords.parse("一百二十"));
        assertEquals(OptionalInt.of(2), NumberWords.parse("两"));
        assertEquals(OptionalInt.of(305), NumberWords.parse("三百零五"));
        assertEquals(OptionalInt.of(26), NumberWords.parse("廿六"));
        assertEquals(OptionalInt.of(30), NumberWords.parse("卅"));
        assertEquals(OptionalInt.of(2), NumberWords.parse("兩"));
        assertEquals(OptionalInt.of(42), NumberWords.parse("42"));
        assertEquals(OptionalInt.of(22), NumberWords.parse("twenty-two"));
        assertEquals(OptionalInt.of(105), NumberWords.parse("one hundred and five"));
        assertEquals(OptionalInt.of(12), NumberWords.parse("Twelve"));
    }

    @Test
    void wordsThatAreNoNumbersGiveNone() {
        assertEquals(OptionalInt.empty(), NumberWords.parse("百"));
        assertEquals(OptionalInt.empty(), NumberWords.parse("several"));
        assertEquals(OptionalInt.empty(), NumberWords.parse(""));
    }
}
