package org.exchangeatlas.extract;

import java.util.List;
import java.util.Optional;

/**
 * Chooses a notice's program title among the places that may hold one, since a notice names its
 * program in a field, a heading, a 关于……的通知 line or a sentence, and the best of these must win.
 */
final class NoticeTitles {
    private NoticeTitles() {}

    /**
     * The title: the 项目名称 field if the notice has one, else the best line above the first
     * field: a title alone on its line, then one wrapped in 《》 or 关于……的通知, then one
     * inside a sentence; the earliest of equals.
     */
    static Optional<TitleFinder.Title> find(NoticeGrammar grammar, String text, List<NoticeField> fields) {
        Optional<TitleFinder.Title> named = fields.stream().filter(f -> "title".equals(f.kind())).findFirst()
                .flatMap(f -> grammar.title(text, f.content().start(), f.content().end()));
        if (named.isPresent()) {
            return named;
        }
        int firstField = fields.isEmpty() ? text.length() : fields.get(0).label().start();
        TitleFinder.Title best = null;
        int bestRank = 0;
        for (NoticeLayout.Line line : NoticeLayout.lines(text)) {
            if (line.start() >= firstField) {
                break;
            }
            Optional<TitleFinder.Title> t = grammar.title(text, line.start(), line.end());
            if (t.isPresent()) {
                int rank = t.get().standalone() ? 3 : t.get().wrapped() ? 2 : 1;
                if (rank > bestRank) {
                    best = t.get();
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
