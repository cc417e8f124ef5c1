package org.exchangeatlas.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.pipeline.BuildListener;
import org.exchangeatlas.pipeline.BuildSummary;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.vocab.OntologyFiles;
import org.exchangeatlas.vocab.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final Pattern TITLE_FIELD = Pattern.compile("一、项目名称\n([^\n]+)\n");
    private static final Pattern TITLE = Pattern.compile(
            "(20(1[6-9]|2[0-4]))年\\S+(研修班|研讨班|部级研讨班|培训班|技术培训班|考察|交流项目|学历学位项目)(（线上）)?");

    static Vocabulary vocab;

    @TempDir
    Path tmp;

    @BeforeAll
    static void vocabulary() {
        vocab = Vocabulary.from(OntologyFiles.onClassPath().vocabulary());
    }

    @Test
    void theSameSeedGivesAByteIdenticalCorpusAndAnotherSeedAnotherOne() throws IOException {
        CorpusGenerator g = new CorpusGenerator(vocab);
        g.generate(300, 42, tmp.resolve("a"));
        g.generate(300, 42, tmp.resolve("b"));
        g.generate(300, 43, tmp.resolve("c"));
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        Map<String, byte[]> c = files(tmp.resolve("c"));
        assertNotEquals(a.keySet(), c.keySet(), "another seed, other revisions and duplicates");
    }

    @Test
    void eachFolderHoldsAtMostAThousandFiles() throws IOException {
        CorpusGenerator.Corpus c = new CorpusGenerator(vocab).generate(1000, 7, tmp);
        assertTrue(c.files() > 1000, "revisions, versions and duplicates add files: " + c.files());
        try (Stream<Path> folders = Files.list(tmp)) {
            List<Path> all = folders.sorted().toList();
            assertEquals(List.of("batch-0000", "batch-0001"), all.stream().map(p -> p.getFileName().toString()).toList());
            try (Stream<Path> s = Files.list(all.get(0))) {
                assertEquals(CorpusGenerator.FILES_PER_FOLDER, s.count());
            }
        }
    }

    @Test
    void noticesFollowTheTitleGrammarRevisionsRepeatATitleAndDuplicatesRepeatBytes() throws IOException {
        CorpusGenerator.Corpus c = new CorpusGenerator(vocab).generate(400, 5, tmp);
        Map<String, byte[]> files = files(tmp);
        int titles = 0;
        int mofcom = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            String name = e.getKey();
            if (name.endsWith("-zh.txt")) {
                Matcher m = TITLE_FIELD.matcher(text);
                assertTrue(m.find(), name);
                assertTrue(TITLE.matcher(m.group(1)).matches(), name + ": " + m.group(1));
                titles++;
                mofcom += text.contains("二、主办单位\n商务部\n") ? 1 : 0;
            } else if (name.endsWith("-rev.txt")) {
                String title = text.substring(text.indexOf('《') + 1, text.indexOf('》'));
                String original = name.replace("-rev.txt", "");
                assertTrue(files.keySet().stream().filter(n -> n.startsWith(original) && !n.endsWith("-rev.txt")
                                && !n.endsWith("-en.txt"))
                        .anyMatch(n -> new String(files.get(n), StandardCharsets.UTF_8).contains(title)), name);
                assertTrue(text.contains("二、调整后时间\n"), name);
            } else if (name.contains("-copy.")) {
                String original = name.replace("-copy.", "-" + (files.containsKey(name.replace("-copy.", "-zh.")) ? "zh." : "en."));
                assertArrayEquals(files.get(original), e.getValue(), name);
            }
        }
        assertTrue(titles > 200, "Chinese text notices: " + titles);
        assertTrue(mofcom > titles / 2 && mofcom < titles * 3 / 4, "MOFCOM runs most programs: " + mofcom + " of " + titles);
        assertTrue(c.revisions() > 10 && c.duplicates() > 5 && c.html() > 40 && c.english() > 30, c.toString());
    }

    @Test
    void theBuildReadsAProgramFromEveryGeneratedNotice() throws Exception {
        CorpusGenerator.Corpus c = new CorpusGenerator(vocab).generate(60, 9, tmp.resolve("corpus"));
        BuildSummary s;
        try (AtlasStore store = AtlasStore.open(tmp.resolve("store"))) {
            s = Wiring.pipeline().run(List.of(tmp.resolve("corpus")), store, BuildListener.NONE);
        }
        assertEquals(c.files(), s.files());
        assertEquals(c.duplicates(), s.duplicates());
        assertEquals(List.of(), s.skipped());
        assertEquals(List.of(), s.notUnderstood());
        assertEquals(c.files() - c.duplicates(), s.programs(), "one program record per document");
        // Revisions and English versions fold into their program; a program may also share its title
        // and year with another one drawn alike, and then the two are one.
        assertTrue(s.storePrograms() <= c.programs() && s.storePrograms() >= c.programs() * 95 / 100,
                s.storePrograms() + " programs in the store for " + c.programs() + " generated");
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/').replaceFirst("^batch-\\d+/", ""), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
