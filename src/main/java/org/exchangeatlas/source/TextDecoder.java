package org.exchangeatlas.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a plain-text file: UTF-8 (with or without a byte-order mark) first, strictly; then
 * GB18030, which covers GBK and GB2312, accepted only when the result reads as text. Anything
 * else is refused with a reason rather than guessed at.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the charset it was read with. */
    public record Decoded(String text, Charset charset) {}

    public Decoded decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        String utf8 = strict(StandardCharsets.UTF_8, bytes, offset);
        if (utf8 != null) {
            return checked(utf8, StandardCharsets.UTF_8);
        }
        String gb = strict(GB18030, bytes, 0);
        if (gb != null && looksLikeText(gb)) {
            return checked(gb, GB18030);
        }
        throw new UnreadableFileException("not text: neither valid UTF-8 nor GB18030/GBK");
    }

    private static Decoded checked(String text, Charset charset) throws UnreadableFileException {
        if (text.isBlank()) {
            throw new UnreadableFileException("no text: the file holds only white space");
        }
        if (!looksLikeText(text)) {
            throw new UnreadableFileException("not text: control characters in " + charset.name() + " input");
        }
        return new Decoded(text, charset);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static String strict(Charset cs, byte[] bytes, int offset) {
        try {
            CharBuffer out = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Text has almost no control characters other than tab, newline and carriage return, and no
     * private-use or unassigned code points, which a wrong decoding of binary bytes produces.
     */
    static boolean looksLikeText(String s) {
        int bad = 0;
        int total = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            int type = Character.getType(cp);
            boolean control = type == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f';
            if (control || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) {
                bad++;
            }
        }
        return total > 0 && bad * 100 <= total;
    }
}
