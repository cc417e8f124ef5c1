package org.exchangeatlas.extract.news;

import java.util.List;
import org.exchangeatlas.source.Span;

/**
 * Which program a sentence of a page of several programs speaks of when it names none: the one the
 * paragraph last named alone. A report of two programs opened together goes on paragraph by
 * paragraph (农业节水灌溉技术培训班为期21天……。共19名学员分别来自……), and a sentence that follows
 * the one naming a program, in the same paragraph, is about that program until another is named.
 * A sentence about all of them (两个班次均……) or about programs in the aggregate (累计培训……) has
 * no focus; a new paragraph starts without one.
 * <p>
 * A line of {@link Credits} that no paragraph's focus holds names the units of every program the
 * page reports.
 */
final class Focus {
    private NamedProgram program;
    private int paragraph = -1;

    /** Notes what a sentence names; the programs it is about by focus (none, or the one). */
    List<NamedProgram> of(String text, String folded, Span sentence, List<NamedProgram> named, List<NamedProgram> programs) {
        int here = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
        if (sentence.start() == 0) {
            here = 0;
        }
        if (here != paragraph) {
            program = null;
            paragraph = here;
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
