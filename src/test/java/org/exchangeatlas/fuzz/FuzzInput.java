package org.exchangeatlas.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.exchangeatlas.source.Span;

/**
 * How the fuzz targets read Jazzer's bytes: the first byte chooses a variant (a file kind, a
 * language), the rest is the input. Seed files stay readable that way: one letter, then text.
 *
 * @param selector the first byte, or 0 for empty input
 * @param rest     the bytes after it
 */
public record FuzzInput(int selector, byte[] rest) {
    /** Maximal characters fed to an extractor, so that one input cannot take seconds. */
    static final int MAX_CHARS = 4_000;

    public static FuzzInput of(byte[] data) {
        if (data.length == 0) {
            return new FuzzInput(0, data);
        }
        return new FuzzInput(data[0] & 0xff, Arrays.copyOfRange(data, 1, data.length));
    }

    /** One of {@code n} variants. */
    public int choose(int n) {
        return selector % n;
    }

    /** The rest as UTF-8 text (malformed bytes become U+FFFD), at most {@link #MAX_CHARS} long. */
    public String text() {
        String s = new String(rest, StandardCharsets.UTF_8);
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
    }

    /** Fails unless every span lies within a text of {@code length} characters. */
    public static void assertWithin(List<Span> spans, int length, String what) {
        for (Span s : spans) {
            if (s.end() > length) {
                throw new AssertionError(what + " span " + s + " runs past the text's " + length + " characters");
            }
        }
    }
}
