package org.exchangeatlas.extract.news;

import java.util.List;
import org.exchangeatlas.source.Span;

/**
 * Which program a sentence of a page of several programs speaks of when it names none: the one the
 * paragraph last named alone. A report of two programs opened together goes on paragraph by
 * paragraph (农业节水灌溉技术培训班为期21天……。共19名学员分别来自……), and a sentence that follows
 * the one naming a program, in the same paragraph, is about that program until another is named.
 * A sentence about all of them (两个班次均……) or about programs in the aggregate (累计培训……) has
 * no focus; a new paragraph starts without one, unless a heading above it names one program alone
 * (一、斯里兰卡公共卫生管理研修班), whose section it is until the next heading.
 * <p>
 * A line of {@link Credits} that no paragraph's focus holds names the units of every program the
 * page reports.
 */
final class Focus {
    /** A line that heads a section: numbered as an outline's item (一、 （二） 3.), or short and not a sentence. */
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,2}[）)]|\\d{1,2}[、.．])[^。！？\\n]{2,40}$"
            + "|^[^。！？，,\\n]{4,30}$");
    private NamedProgram program;
    /** The program the section heading above names alone, which its paragraphs speak of. */
    private NamedProgram section;
    private int paragraph = -1;

    /** Whether the sentence last read stands under a heading that names one program alone. */
    boolean inSection() {
        return section != null;
    }

    /** Notes what a sentence names; the programs it is about by focus (none, or the one). */
    List<NamedProgram> of(String text, String folded, Span sentence, List<NamedProgram> named, List<NamedProgram> programs) {
        int here = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
        if (sentence.start() == 0) {
            here = 0;
        }
        if (here != paragraph) {
            program = section;
            paragraph = here;
        }
        int lineEnd = text.indexOf('\n', sentence.start());
        boolean heading = HEADING.matcher(text.substring(here, lineEnd < 0 ? text.length() : lineEnd)).find();
        if (heading && programs.size() > 1) {
            section = named.size() == 1 ? named.get(0) : null; // 一、斯里兰卡公共卫生研修班 over its paragraphs
            program = section;
        }
        if (!named.isEmpty()) {
            program = named.size() == 1 ? named.get(0) : null;
            return List.of();
        }
        if (programs.size() < 2 || Nicknames.ofAll(folded, sentence)) {
            program = null;
            return List.of();
        }
        if (program == null && Credits.is(folded, sentence)) {
            return programs;
        }
        return program == null ? List.of() : List.of(program);
    }
}
