package org.exchangeatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.exchangeatlas.source.TextDecoder;
import org.exchangeatlas.source.UnreadableFileException;

/** Arbitrary bytes either decode to text or are refused with the one-line {@link UnreadableFileException}. */
class TextDecoderFuzzTest {
    private static final TextDecoder DECODER = new TextDecoder();

    @FuzzTest(maxDuration = FuzzDurations.PER_TARGET)
    void decodesOrRefuses(byte[] data) {
        try {
            TextDecoder.Decoded d = DECODER.decode(data);
            assertNotNull(d.text());
            assertNotNull(d.charset());
        } catch (UnreadableFileException e) {
            OneLine.check(e.getMessage());
        }
    }
}
