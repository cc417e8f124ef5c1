package org.exchangeatlas.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the PDF and DOCX samples ({@code samples/documents/}) and their broken versions
 * ({@code samples/broken/}) from the notice texts below, with PDFBox and Apache POI (both come
 * with Tika). Run once from the repository root and commit the output:
 * <pre>
 * java -cp target/test-classes:$(cat /tmp/cp.txt) org.exchangeatlas.samples.SampleDocuments
 * </pre>
 * The PDF uses a standard-14 font (Helvetica), which holds Latin text only, so the PDF notice is
 * English; the DOCX holds Chinese. Dates, identifiers and zip entry times are fixed, so that a
 * rerun writes the same bytes (and the documents keep their SHA-256 and IRIs).
 */
public final class SampleDocuments {
    private SampleDocuments() {}

    /** An English notice, as sent to an embassy (made up for the project). */
    static final String ENGLISH_NOTICE = """
            Ministry of Commerce of the People's Republic of China

            Seminar on Customs Administration for Government Officials from Egypt, 2022

            At the request of the Egyptian Customs Authority, and to support the modernization of \
            customs procedures at the ports of the Suez Canal Economic Zone, the Ministry of Commerce \
            will hold the seminar below. The Embassy is kindly asked to forward this notice to the \
            competent Egyptian authorities.

            Organizer: Ministry of Commerce of the People's Republic of China

            Implementing institution: Qingdao Customs Training Centre

            Duration: 7 November 2022 to 27 November 2022

            Mode of delivery: online, through a video-conference platform. Participants take part from \
            Cairo and do not travel to China.

            Language: English

            Eligible countries: Egypt

            Participants: director-general level officials and division-level officials of the Egyptian \
            Customs Authority and of the Ministry of Finance of Egypt.

            Number of participants: 30

            Course content: China's customs clearance reform; smart customs and risk management; port \
            management at Qingdao and Tianjin; trade facilitation and single-window systems; a virtual \
            visit to an integrated bonded zone.

            Other requirements: Candidates should be under 50 years of age and in good health. Each \
            participant shall submit a report on prior exchanges between the Egyptian customs services \
            and the customs authorities of other countries, and present it in the first week of the \
            seminar.

            Economic and Commercial Office of the Embassy of the People's Republic of China in Egypt
            15 August 2022
            """;

    /** A Chinese notice (made up for the project), one paragraph a line. */
    static final String CHINESE_NOTICE = """
            关于举办2023年塞尔维亚法官和检察官法治建设研修班的通知
            塞尔维亚共和国司法部：
            为落实中塞两国司法领域合作共识，中华人民共和国司法部定于2023年秋季在华举办塞尔维亚法官和检察官法治建设研修班。现将有关事项通知如下：
            一、项目名称：2023年塞尔维亚法官和检察官法治建设研修班
            二、主办单位：中华人民共和国司法部
            三、承办单位：中国政法大学国际司法交流中心
            四、项目时间：2023年10月9日至10月29日
            五、培训方式：来华培训（北京、杭州）
            六、培训语言：英语
            七、参训国家：塞尔维亚
            八、参训对象：塞尔维亚司法部、最高法院和共和国检察院的法官、检察官及司局级官员，年龄一般在50岁以下，身体健康。
            九、学员人数：20人
            十、课程内容：中国特色社会主义法治体系；司法体制改革与智慧法院建设；检察监督与反腐败国际合作；涉外法律服务；赴杭州互联网法院参观考察。
            十一、其他要求：每位学员需提交一份本国与其他国家在司法领域开展交流合作情况的报告，并在开班后第一周进行交流发言。请于2023年8月31日前将报名表送至中国驻塞尔维亚使馆。
            中华人民共和国司法部
            2023年7月15日
            """;

    public static void main(String[] args) throws IOException {
        Path documents = Path.of("samples/documents");
        Path broken = Path.of("samples/broken");
        Files.createDirectories(documents);
        Files.createDirectories(broken);
        byte[] pdf = pdf(ENGLISH_NOTICE);
        Files.write(documents.resolve("2022-english-notice-egypt-customs.pdf"), pdf);
        Files.write(documents.resolve("2023-notice-serbia-rule-of-law.docx"), docx(CHINESE_NOTICE));
        // Cut inside the page's content stream: the cross-reference table and trailer are lost too.
        Files.write(broken.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        byte[] noise = new byte[4096];
        new Random(20240613L).nextBytes(noise);
        Files.write(broken.resolve("not-a-zip.docx"), noise);
        System.out.println("wrote " + documents + " and " + broken);
    }

    /** An A4 page (or more) of Helvetica, paragraphs wrapped to the text width. */
    static byte[] pdf(String text) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        float size = 10.5f;
        float leading = 15f;
        float margin = 64f;
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(text.lines().filter(l -> l.startsWith("Seminar")).findFirst().orElse(""));
            info.setAuthor("Exchange Atlas samples");
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.clear();
            date.set(2022, Calendar.AUGUST, 15);
            info.setCreationDate(date);
            COSArray id = new COSArray();
            id.add(new COSString("exchange-atlas-sample-egypt"));
            id.add(new COSString("exchange-atlas-sample-egypt"));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);

            float width = PDRectangle.A4.getWidth() - 2 * margin;
            List<List<String>> paragraphs = new ArrayList<>();
            for (String p : text.split("\n")) {
                paragraphs.add(wrap(p, font, size, width));
            }
            PDPage page = null;
            PDPageContentStream out = null;
            float y = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                List<String> lines = paragraphs.get(i);
                for (String line : lines) {
                    if (out == null || y < margin) {
                        if (out != null) {
                            out.endText();
                            out.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        out = new PDPageContentStream(doc, page);
                        out.beginText();
                        y = PDRectangle.A4.getHeight() - margin;
                        out.newLineAtOffset(margin, y);
                    }
                    boolean title = line.startsWith("Seminar on");
                    out.setFont(title ? bold : font, title ? size + 1.5f : size);
                    out.showText(line);
                    out.newLineAtOffset(0, -leading);
                    y -= leading;
                }
                if (lines.isEmpty()) {
                    out.newLineAtOffset(0, -leading / 2);
                    y -= leading / 2;
                }
            }
            if (out != null) {
                out.endText();
                out.close();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static List<String> wrap(String paragraph, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** One paragraph a line, in SimSun for the East Asian text. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.clear();
            date.set(2023, Calendar.JULY, 15);
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(date.getTime()));
            doc.getProperties().getCoreProperties().setCreator("Exchange Atlas samples");
            for (String line : text.split("\n")) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setFontFamily("SimSun", XWPFRun.FontCharRange.eastAsia);
                run.setFontSize(line.startsWith("关于") ? 16 : 12);
                run.setBold(line.startsWith("关于"));
                run.setText(line);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return fixedTimes(bytes.toByteArray(), java.time.LocalDateTime.of(2023, 7, 15, 0, 0));
        }
    }

    /** The same zip with every entry's time set to {@code time} (no time zone), so that a rerun writes the same bytes. */
    private static byte[] fixedTimes(byte[] zip, java.time.LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
