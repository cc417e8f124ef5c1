package org.exchangeatlas.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** PDF and DOCX through Tika: the text of the samples, and a short reason for a file Tika cannot parse. */
class TikaTextReaderTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void theSamplePdfAndDocxGiveTheirNoticeText() throws Exception {
        String pdf = new TikaTextReader("application/pdf")
                .read(Files.readAllBytes(Path.of("samples/documents/2022-english-notice-egypt-customs.pdf")));
        assertTrue(pdf.contains("\nOrganizer: Ministry of Commerce of the People's Republic of China\n"), pdf);
        assertTrue(pdf.contains("\nEligible countries: Egypt\n"), pdf);
        String docx = new TikaTextReader(DOCX)
                .read(Files.readAllBytes(Path.of("samples/documents/2023-notice-serbia-rule-of-law.docx")));
        assertTrue(docx.contains("\n二、主办单位：中华人民共和国司法部\n"), docx);
    }

    private static String reason(String mediaType, byte[] bytes) {
        return assertThrows(UnreadableFileException.class, () -> new TikaTextReader(mediaType).read(bytes)).getMessage();
    }

    @Test
    void aFileTikaCannotParseIsDescribedByWhatItsBytesAre() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("samples/documents/2022-english-notice-egypt-customs.pdf"));
        assertEquals("cannot read as application/pdf: damaged or truncated file",
                reason("application/pdf", java.util.Arrays.copyOf(pdf, pdf.length / 3)));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("not a word-processing document".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("cannot read as " + DOCX + ": its bytes are application/zip", reason(DOCX, zip.toByteArray()),
                "a zip without the parts of a DOCX is not taken for one");
        assertEquals("cannot read as " + DOCX + ": its bytes are application/pdf", reason(DOCX, pdf));
        assertEquals("cannot read as application/pdf: its bytes are application/zip", reason("application/pdf", zip.toByteArray()));
    }

    @Test
    void aTableWrittenOneCellALineComesOutOneRowALine() throws Exception {
        String html = """
                <html><body><table>
                  <tr>
                    <th>No.</th>
                    <th>Programme</th>
                  </tr>
                  <tr>
                    <td>1</td>
                    <td>Seminar on Grain Storage</td>
                  </tr>
                </table></body></html>
                """;
        String text = new TikaTextReader("text/html").read(html.getBytes(StandardCharsets.UTF_8));
        assertTrue(text.contains("\tNo.\tProgramme\n\t1\tSeminar on Grain Storage\n"), text);
    }
}
