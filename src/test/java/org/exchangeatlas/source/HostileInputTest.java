package org.exchangeatlas.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.exchangeatlas.cli.AtlasCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written to hurt the reader: external entities that would read a local file, a 1 GB
 * file, a DOCX whose body inflates to a gigabyte, and random bytes. Each gives one line
 * {@code PATH: reason} (or is read without the entity's content), within the test JVM's heap.
 */
class HostileInputTest {
    private static final String SECRET = "SECRET-7f3a-do-not-leak";

    @TempDir
    Path tmp;

    private Path secretFile() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return secret;
    }

    @Test
    void externalEntitiesInHtmlAreNeverResolved() throws Exception {
        Path secret = secretFile();
        Path page = tmp.resolve("xxe.html");
        Files.writeString(page, "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<html><head><title>2021年老挝政府官员减贫研修班</title></head><body><p>一、项目名称</p>"
                + "<p>2021年老挝政府官员减贫研修班 &xxe;</p><p>二、主办单位</p><p>商务部</p></body></html>\n");
        Document doc = new DocumentReader(DocumentKinds.standard()).read(page, "xxe.html");
        assertTrue(doc.text().contains("2021年老挝政府官员减贫研修班"), doc.text());
        assertFalse(doc.text().contains(SECRET), doc.text());
    }

    @Test
    void externalEntitiesInDocxAreNeverResolved() throws Exception {
        Path secret = secretFile();
        Path docx = tmp.resolve("xxe.docx");
        Docx.write(docx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>", out -> Docx.paragraph(out, "2021年老挝政府官员减贫研修班 &xxe;"));
        String text;
        try {
            text = new DocumentReader(DocumentKinds.standard()).read(docx, "xxe.docx").text();
        } catch (UnreadableFileException e) {
            text = e.getMessage();
            assertEquals(List.of(e.getMessage()), e.getMessage().lines().toList(), "one line");
        }
        assertFalse(text.contains(SECRET), text);
    }

    @Test
    void aGigabyteFileARandomFileAndADocxBombEachGetOneLineAndTheBuildGoesOn() throws Exception {
        Path big = tmp.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(1L << 30);
        }
        Path garbage = tmp.resolve("garbage.docx");
        byte[] noise = new byte[256 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(garbage, noise);
        Path garbageText = tmp.resolve("garbage.txt");
        Files.write(garbageText, noise);
        Path bomb = tmp.resolve("bomb.docx");
        byte[] chunk = "<w:p><w:r><w:t>研修班研修班研修班研修班</w:t></w:r></w:p>".repeat(2000).getBytes(StandardCharsets.UTF_8);
        Docx.write(bomb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", out -> {
            for (long written = 0; written < (1L << 30); written += chunk.length) {
                out.write(chunk);
            }
        });
        assertTrue(Files.size(bomb) < DocumentReader.MAX_BYTES, "the bomb passes the size check: " + Files.size(bomb));
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "一、项目名称\n2021年老挝政府官员减贫研修班\n\n二、主办单位\n商务部\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Runtime rt = Runtime.getRuntime();
        int code = AtlasCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "build", "--store", tmp.resolve("store").toString(), big.toString(), garbage.toString(),
                garbageText.toString(), bomb.toString(), good.toString());
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, code, String.join("\n", lines));
        assertEquals(List.of(
                big + ": file too large (1073741824 bytes; limit 67108864)",
                garbage + ": cannot read as application/vnd.openxmlformats-officedocument.wordprocessingml.document:"
                        + " its bytes are of no known format",
                garbageText + ": not text: neither valid UTF-8 nor GB18030/GBK",
                bomb + ": cannot read as application/vnd.openxmlformats-officedocument.wordprocessingml.document:"
                        + " its text runs past 67108864 characters (a compressed bomb?)"), lines, String.join("\n", lines));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*\\n  documents read +1\\n.*"),
                out.toString(StandardCharsets.UTF_8));
        System.out.println("hostile input: " + lines + "; heap in use after " + ((rt.totalMemory() - rt.freeMemory()) >> 20)
                + " MiB of " + (rt.maxMemory() >> 20));
        Arrays.fill(noise, (byte) 0);
    }
}
