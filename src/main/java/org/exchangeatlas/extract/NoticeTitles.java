package org.exchangeatlas.extract;

import java.util.List;
import java.util.Optional;

/**
 * Chooses a notice's program title among the places that may hold one, since a notice names its
 * program in a field, a heading, a 关于……的通知 line or a sentence, and the best of these must win.
 */
final class NoticeTitles {
    /** A short label before a title on its line (项目一：, 班次二：, Programme 2:). */
    private static final java.util.regex.Pattern SHORT_LABEL = java.util.regex.Pattern.compile("[^：:\\n]{1,12}[：:][ \\t\\u3000]*");

    private NoticeTitles() {}

    /** Where the first line of a field's content ends: a name in two languages is on two lines (2025年…研修班 / (2025 Seminar on …)). */
    private static int firstLineEnd(String text, org.exchangeatlas.source.Span content) {
        int at = content.start();
        while (at < content.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int nl = text.indexOf('\n', at);
        boolean chinese = nl > at && text.substring(at, nl).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return nl < 0 || nl > content.end() || !chinese ? content.end() : nl; // an English name may wrap onto the next line
    }

    /**
     * The title: the 项目名称 field if the notice has one, else the best line above the first
     * field of a known kind: a title alone on its line or a quoted name opening one (the nearest of
     * them: (二)2026年…研修班 over (一)…, “…培训班”招生简章 under a series' name), then one wrapped in 《》 or 关于……的通知, then one inside a sentence (the earliest).
     */
    static Optional<TitleFinder.Title> find(NoticeGrammar grammar, String text, List<NoticeField> fields) {
        Optional<TitleFinder.Title> named = fields.stream().filter(f -> f.kind() == FieldKind.TITLE)
                .flatMap(f -> grammar.title(text, f.content().start(), firstLineEnd(text, f.content())).stream()).findFirst();
        if (named.isPresent()) {
            return named;
        }
        // above the first field of a known kind: a notice of several programs reads each with the
        // headings shared by all, and its own fields start under its own title
        // (a circular's "Date:" in its memo head, above a "Duration:" of the program, is not the program's first field)
        List<NoticeField> dated = fields.stream().filter(f -> f.kind() == FieldKind.DATES).toList();
        NoticeField memoDate = dated.size() > 1 ? dated.get(0) : null;
        int firstField = fields.stream().filter(f -> f.kind() != null && f != memoDate).findFirst()
                .or(() -> fields.stream().findFirst()).map(f -> f.label().start()).orElse(text.length());
        TitleFinder.Title best = null;
        int bestRank = 0;
        for (NoticeLayout.Line line : NoticeLayout.lines(text)) {
            if (line.start() >= firstField) {
                break;
            }
            java.util.regex.Matcher numbering = NoticeLayout.NUMBERING.matcher(text).region(line.start(), line.end());
            int from = numbering.lookingAt() ? numbering.end() : line.start(); // (二)2026年…研修班
            java.util.regex.Matcher label = SHORT_LABEL.matcher(text).region(from, line.end());
            from = label.lookingAt() ? label.end() : from; // 项目一：2025年…研修班
            Optional<TitleFinder.Title> t = grammar.title(text, from, line.end());
            if (t.isPresent()) {
                // a quoted name that opens its line ("“…培训班”招生简章") heads the notice as a title alone does
                boolean headsTheLine = t.get().wrapped() && text.substring(from, t.get().title().start()).strip().length() == 1;
                int rank = t.get().standalone() || headsTheLine ? 3 : t.get().wrapped() ? 2 : 1;
                if (rank > bestRank || rank == 3 && bestRank == 3) { // the nearest title alone on its line
                    best = t.get();
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
