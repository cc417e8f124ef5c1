package org.exchangeatlas.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();
    private static final String NOTICE = "2021年俄语国家地方政府领导人研修班\n一、主办单位：商务部\n";

    @Test
    void readsUtf8AndDropsTheByteOrderMark() throws Exception {
        byte[] body = NOTICE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(NOTICE, decoder.decode(withBom).text());
        assertEquals(StandardCharsets.UTF_8, decoder.decode(body).charset());
    }

    @Test
    void readsGbkAsGb18030() throws Exception {
        byte[] gbk = NOTICE.getBytes(Charset.forName("GBK"));
        TextDecoder.Decoded d = decoder.decode(gbk);
        assertEquals(NOTICE, d.text());
        assertEquals("GB18030", d.charset().name());
    }

    @Test
    void refusesEmptyBlankAndBinaryInputWithAReason() {
        assertEquals("empty file", assertThrows(UnreadableFileException.class, () -> decoder.decode(new byte[0])).getMessage());
        assertEquals("no text: the file holds only white space",
                assertThrows(UnreadableFileException.class, () -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).getMessage());
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        noise[10] = 0;
        noise[11] = (byte) 0xFF;
        String reason = assertThrows(UnreadableFileException.class, () -> decoder.decode(noise)).getMessage();
        assertEquals("not text: neither valid UTF-8 nor GB18030/GBK", reason);
    }

    @Test
    void refusesUtf8ThatIsMostlyControlCharacters() {
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 1);
        assertEquals("not text: control characters in UTF-8 input",
                assertThrows(UnreadableFileException.class, () -> decoder.decode(controls)).getMessage());
    }
}
