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
 * file, a DOCX whose body inflates to a gigabyte (of text, or of markup that takes long to
 * parse), an encrypted PDF, random bytes, links to files outside the given folder, and names
 * holding a line break and an escape character. Each gives one line {@code PATH: reason} (or is
 * read without the entity's content), within the test JVM's heap, and the rest of the build lands.
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
                "build", "--store", tmp.resolve("store").toString(), "--file-text-limit", "64", big.toString(), garbage.toString(),
                garbageText.toString(), bomb.toString(), good.toString());
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, code, String.join("\n", lines));
        assertEquals(List.of(
                big + ": file too large (1073741824 bytes; limit 67108864)",
                garbage + ": cannot read as application/vnd.openxmlformats-officedocument.wordprocessingml.document:"
                        + " its bytes are of no known format",
                garbageText + ": not text: neither valid UTF-8 nor GB18030/GBK",
                bomb + ": cannot read as application/vnd.openxmlformats-officedocument.wordprocessingml.document:"
                        + " its text runs past 67108864 characters, the text limit for one file (--file-text-limit 64)"),
                lines, String.join("\n", lines));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*\\n  documents read +1\\n.*"),
                out.toString(StandardCharsets.UTF_8));
        System.out.println("hostile input: " + lines + "; heap in use after " + ((rt.totalMemory() - rt.freeMemory()) >> 20)
                + " MiB of " + (rt.maxMemory() >> 20));
        Arrays.fill(noise, (byte) 0);
    }

    /** Runs the command line; returns exit code, standard output and the lines of standard error. */
    private static Object[] atlas(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AtlasCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Object[] {code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).lines().toList()};
    }

    private Path goodNotice(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("good.txt"), "一、项目名称\n2021年老挝政府官员减贫研修班\n\n二、主办单位\n商务部\n");
    }

    @Test
    void aDocxOfMarkupPastTheTimeLimitIsOneLineAndTheRestLands() throws Exception {
        Path slow = tmp.resolve("slow.docx");
        byte[] chunk = "<w:p/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        Docx.write(slow, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", out -> {
            for (long written = 0; written < (1L << 30); written += chunk.length) {
                out.write(chunk);
            }
        });
        Path good = goodNotice(tmp.resolve("more"));
        Object[] r = atlas("build", "--store", tmp.resolve("store").toString(), "--file-time-limit", "3",
                slow.toString(), good.toString());
        assertEquals(List.of(slow + ": took longer than 3 s, the time limit for one file (--file-time-limit)"), r[2]);
        assertEquals(1, r[0]);
        assertTrue(((String) r[1]).matches("(?s).*\\n  documents read +1\\n.*"), (String) r[1]);
    }

    @Test
    void anEncryptedPdfSaysItIsEncrypted() throws Exception {
        Path pdf = tmp.resolve("locked.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Seminar on Poverty Reduction for Officials of Laos, 2021");
                text.endText();
            }
            doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-secret", "user-secret",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            doc.save(pdf.toFile());
        }
        Path good = goodNotice(tmp.resolve("more"));
        Object[] r = atlas("build", "--store", tmp.resolve("store").toString(), pdf.toString(), good.toString());
        assertEquals(List.of(pdf + ": cannot read as application/pdf: the file is encrypted (password protected)"), r[2]);
        assertEquals(1, r[0]);
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsOneLineAndNeverReadIntoTheStore() throws Exception {
        Path secret = secretFile();
        Path corpus = tmp.resolve("corpus");
        goodNotice(corpus);
        Files.createSymbolicLink(corpus.resolve("passwd.txt"), secret);
        String store = tmp.resolve("store").toString();
        Object[] r = atlas("build", "--store", store, corpus.toString());
        assertEquals(List.of(corpus + "/passwd.txt: a link to outside the given folders (" + secret.toRealPath() + "); not read"), r[2]);
        assertEquals(1, r[0]);
        assertTrue(((String) r[1]).matches("(?s).*\\n  documents read +1\\n.*"), (String) r[1]);
        Object[] ask = atlas("query", "--store", store, "ASK { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"" + SECRET + "\")) } }");
        assertEquals("no", ((String) ask[1]).strip(), "the secret is nowhere in the store");
    }

    @Test
    void aNameWithALineBreakAndAnEscapeIsShownEscapedOnOneLine() throws Exception {
        Path corpus = tmp.resolve("corpus");
        goodNotice(corpus);
        Files.write(corpus.resolve("bad\nname\u001b[31m.txt"), new byte[0]);
        Object[] r = atlas("build", "--store", tmp.resolve("store").toString(), corpus.toString());
        assertEquals(List.of(corpus + "/bad\\nname\\x1b[31m.txt: empty file"), r[2]);
        assertEquals(1, r[0]);
    }
}
