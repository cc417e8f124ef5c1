package org.exchangeatlas.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Writes a synthetic corpus for benchmarks and fault tests: {@code programs} made-up programs
 * drawn from the vocabularies, each as a Chinese notice (plain text, or an HTML page with site
 * furniture) or an English one; some with an English version beside the Chinese, a revised notice
 * (调整通知) that moves the dates, or an exact duplicate. Files go into folders of at most
 * {@link #FILES_PER_FOLDER}. One {@link Random} seeded once drives everything, in a fixed order,
 * and every file is UTF-8 with {@code \n} line ends: the same seed gives a byte-identical corpus.
 * <pre>
 * seed -> ProgramDrawer (vocabularies, skewed) -> SyntheticProgram -> NoticeTexts -> files
 * </pre>
 */
public final class CorpusGenerator {
    /** The most files one folder of the corpus holds. */
    public static final int FILES_PER_FOLDER = 1000;
    private static final String SITE = "商务部国际商务官员研修学院";

    private final Vocabulary vocabulary;

    public CorpusGenerator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What a generated corpus holds. */
    public record Corpus(Path dir, int programs, int files, int chinese, int english, int html, int revisions,
                         int duplicates, long bytes) {}

    /** Writes {@code programs} programs' files under {@code out} (created if absent) from {@code seed}. */
    public Corpus generate(int programs, long seed, Path out) throws IOException {
        if (programs < 0) {
            throw new IllegalArgumentException("programs must be 0 or more");
        }
        Random random = new Random(seed);
        ProgramDrawer drawer = new ProgramDrawer(vocabulary, random);
        Writer w = new Writer(out);
        int chinese = 0;
        int english = 0;
        int html = 0;
        int revisions = 0;
        int duplicates = 0;
        for (int i = 0; i < programs; i++) {
            SyntheticProgram p = drawer.draw(i, random);
            String name = String.format(Locale.ROOT, "p%06d", i);
            double kind = random.nextDouble();
            String first;
            String firstName;
            if (kind < 0.12) {
                first = NoticeTexts.englishNotice(p);
                firstName = name + "-en.txt";
                english++;
            } else if (kind < 0.32) {
                first = NoticeTexts.htmlPage(NoticeTexts.chineseTitle(p), NoticeTexts.chineseNotice(p), SITE);
                firstName = name + "-zh.html";
                chinese++;
                html++;
            } else {
                first = NoticeTexts.chineseNotice(p);
                firstName = name + "-zh.txt";
                chinese++;
            }
            w.write(firstName, first);
            if (kind >= 0.12 && random.nextDouble() < 0.05) {
                w.write(name + "-en.txt", NoticeTexts.englishNotice(p));
                english++;
            }
            if (random.nextDouble() < 0.08 && kind >= 0.12) {
                w.write(name + "-rev.txt", NoticeTexts.chineseRevision(p, 7 * (1 + random.nextInt(5))));
                revisions++;
            }
            if (random.nextDouble() < 0.04) {
                w.write(name + "-copy" + firstName.substring(firstName.lastIndexOf('.')), first);
                duplicates++;
            }
        }
        return new Corpus(out, programs, w.files, chinese, english, html, revisions, duplicates, w.bytes);
    }

    /** Puts files into {@code out/batch-NNNN/}, a new folder every {@link #FILES_PER_FOLDER} files. */
    private static final class Writer {
        private final Path out;
        int files;
        long bytes;

        Writer(Path out) {
            this.out = out;
        }

        void write(String name, String text) throws IOException {
            Path folder = out.resolve(String.format(Locale.ROOT, "batch-%04d", files / FILES_PER_FOLDER));
            Files.createDirectories(folder);
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(name), data);
            files++;
            bytes += data.length;
        }
    }
}
