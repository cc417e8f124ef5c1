package org.exchangeatlas.extract.news;

import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Clauses;
import org.exchangeatlas.source.Span;

/**
 * Which of a page's several programs a clause speaks of when it names none in full: all of them
 * (两期研修班均由我院承办, 三个班次共有…), the first or the second of two (前者由商务部主办，后者受文化和旅游部委托举办),
 * or the one its short name picks out (东盟班由…主办, see {@link Nicknames}). A clause that says none
 * of these speaks of no program, since it cannot be told which.
 */
final class Referents {
    /** Clauses end at commas too: 前者……，后者……，两期……均…… are three. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;]");
    private static final Pattern FIRST = Pattern.compile("^\\s*(?:其中)?(?:前者|前一期|前一个|第一期|第一个)");
    private static final Pattern SECOND = Pattern.compile("^\\s*(?:其中)?(?:后者|后一期|后一个|第二期|第二个)");

    private Referents() {}

    /** The clauses of a sentence, each a place where another program may be spoken of. */
    static List<Span> clauses(String text, Span sentence) {
        return Clauses.between(text, sentence, CLAUSE_END);
    }

    /** The programs {@code clause} speaks of, of the page's {@code programs} (more than one). */
    static List<NamedProgram> of(String folded, Span clause, List<NamedProgram> programs) {
        if (Nicknames.ofAll(folded, clause)) {
            return programs;
        }
        String head = folded.substring(clause.start(), clause.end());
        if (programs.size() == 2 && FIRST.matcher(head).find()) {
            return List.of(programs.get(0));
        }
        if (programs.size() == 2 && SECOND.matcher(head).find()) {
            return List.of(programs.get(1));
        }
        return Nicknames.named(folded, clause, programs).stream().toList();
    }

    /** Whether some clause of a sentence speaks of all the programs, the first, the second or one by its short name. */
    static boolean anyIn(String text, String folded, Span sentence, List<NamedProgram> programs) {
        return clauses(text, sentence).stream().anyMatch(c -> !of(folded, c, programs).isEmpty())
                || Nicknames.ofAll(folded, sentence);
    }
}
