package org.exchangeatlas.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The furniture finder on the samples: clean documents (notices, revised notices, English
 * notices, clean press, the unseen notices) keep every character; the ministry pages keep every
 * line of their notice and lose their menus, breadcrumbs, sidebars and footers; the press scrapes
 * lose their furniture.
 */
class SampleFurnitureTest {
    private static final Vocabulary VOCABULARY = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
    private static final DocumentReader READER = new DocumentReader(DocumentKinds.standard(), LANGUAGES,
            new PageFurnitureFinder(PageCues.from(VOCABULARY), JusTextSettings.standard(), LANGUAGES));
    /** Where the ministry pages keep their notice: its title and the paragraphs of its body. */
    private static final String NOTICE = "article h1, .article h2, #right h2, div.title, .article-content p, "
            + "section.body p, div.text p, #zoom p";

    static Stream<Path> cleanDocuments() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("samples/notices", "samples/revised", "samples/english", "src/test/resources/unseen")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        for (String f : List.of("2021-10-russophone-local-leaders-wire.txt", "2022-11-sco-law-enforcement-training.txt",
                "2023-03-ild-cuba-meeting.txt")) {
            out.add(Path.of("samples/press", f));
        }
        return out.stream();
    }

    static Stream<Path> pages() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples/pages"))) {
            return s.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanDocuments")
    void aCleanDocumentKeepsEveryCharacter(Path file) throws Exception {
        Document d = READER.read(file, file.toString());
        assertEquals(List.of(), d.setAside());
        assertEquals(0, d.setAsideChars());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aMinistryPageKeepsEveryLineOfItsNoticeAndLosesItsFurniture(Path file) throws Exception {
        Document d = READER.read(file, file.toString());
        String text = d.text();
        List<Element> notice = Jsoup.parse(file.toFile(), null).select(NOTICE);
        assertTrue(notice.size() >= 10, file + ": " + notice.size() + " notice lines found");
        for (Element e : notice) {
            String line = e.text().strip();
            int at = text.indexOf(line);
            assertTrue(at >= 0, file + ": not in the text: " + line);
            assertTrue(d.setAside().stream().noneMatch(s -> s.start() < at + line.length() && at < s.end()),
                    file + ": a notice line was set aside: " + line);
        }
        String aside = String.join("\n", d.setAside().stream().map(s -> s.of(text)).toList());
        for (String furniture : List.of("首页", "相关通知", "版权所有", "ICP备")) {
            assertTrue(aside.contains(furniture), file + ": " + furniture + " not set aside");
        }
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.contains("ICP备") || line.contains("版权所有")) {
                assertTrue(aside.contains(line), file + ": footer line kept: " + line);
            }
        }
        for (Element sidebarItem : Jsoup.parse(file.toFile(), null).select(".sidebar li, aside li, #left li")) {
            assertTrue(aside.contains(sidebarItem.text().strip()), file + ": sidebar item kept: " + sidebarItem.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scrapes")
    void aPressScrapeLosesItsFurniture(String file, String furniture) throws Exception {
        Document d = READER.read(Path.of(file), file);
        assertTrue(d.setAside().size() > 0 && d.setAsideChars() > 0, file);
        String aside = String.join("\n", d.setAside().stream().map(s -> s.of(d.text())).toList());
        for (String f : furniture.split("\\|")) {
            assertTrue(aside.contains(f), file + ": not set aside: " + f);
        }
        assertTrue(d.readableText().contains("1,691 files"), file);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> scrapes() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("samples/press/2024-06-mofcom-files-analysis.txt",
                        "BlackRock 812.40 ▲0.6%|Kazakhstan signs uranium supply deal|Kyrgyzstan should be careful"
                                + "|Mara Lindqvist covers emerging markets|© 2024 The Meridian Ledger"),
                org.junit.jupiter.params.provider.Arguments.of("samples/press/2024-06-mofcom-files-mirror.html",
                        "Politics|BlackRock raises its stake in a Mongolian copper mine"
                                + "|Mongolia sends customs officers to Beijing for training|Kenya sent officials"
                                + "|Afghanistan was never invited|© 2024 Asia Policy Wire"));
    }
}
