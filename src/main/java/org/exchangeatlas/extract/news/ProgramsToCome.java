package org.exchangeatlas.extract.news;

import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;

/**
 * A program a page names once, in a sentence that says it is still to come (今年我校还将承办
 * “2017年南亚国家茶叶加工技术培训班”): not a program the page reports as run, so not one of its
 * programs.
 */
final class ProgramsToCome {
    /** What a program still to come is said to be: 还将承办, 将于明年举办, 计划举办. */
    private static final Pattern TO_COME = Pattern.compile("还将|将于|将要|即将|计划于|计划举办|拟于|拟举办|明年");

    private ProgramsToCome() {}

    /** Whether the program named at {@code title} of the folded page is named once, as still to come. */
    static boolean onlyToCome(String folded, Span title, List<Span> sentences) {
        String name = folded.substring(title.start(), title.end());
        List<Span> naming = sentences.stream().filter(s -> folded.substring(s.start(), s.end()).contains(name)).toList();
        return naming.size() == 1 && naming.get(0).start() <= title.start()
                && TO_COME.matcher(folded.substring(naming.get(0).start(), title.start())).find();
    }
}
