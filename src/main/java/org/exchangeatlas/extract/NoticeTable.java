package org.exchangeatlas.extract;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * A notice's programs laid out as a table, one program a row under a header row of field labels
 * (序号 ⇥ 项目名称 ⇥ 主办单位 ⇥ 承办单位 ⇥ 办班时间 ⇥ 拟邀请国家 ⇥ 学员名额 ⇥ 办班方式; cells between tabs,
 * or between " | " in a table written as plain text): each cell of a row is the field its column's
 * label names. A row marked cancelled (已取消) is no program.
 */
final class NoticeTable {
    private static final List<String> FIELD_SCHEME = List.of(scheme("notice-fields"));
    /** A header names at least this many fields, among them the program's name. */
    private static final int MIN_LABELLED_COLUMNS = 3;
    /** The most lines one row of a table runs over when its cells hold line breaks. */
    private static final int MAX_ROW_LINES = 4;
    /** A program called off: a row so marked is none, and so is a program whose dates field says so (NoticeReading). */
    static final Pattern CANCELLED = Pattern.compile("已取消|取消|停办|cancelled|canceled", Pattern.CASE_INSENSITIVE);

    /** A note in brackets after a header's label: "Implementing institution (city)", 承办单位（地点）. */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*[(（][^()（）]{1,20}[)）]\\s*");

    private final DictionaryMatcher matcher;

    NoticeTable(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    /** The fields of each program row of the first table of {@code text}; none when it has no such table. */
    List<List<NoticeField>> rows(String text) {
        List<NoticeLayout.Line> lines = NoticeLayout.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            List<Span> header = cells(text, lines.get(i));
            List<FieldKind> kinds = header.stream().map(c -> kind(text, c)).toList();
            if (kinds.stream().filter(k -> k != null).count() < MIN_LABELLED_COLUMNS || !kinds.contains(FieldKind.TITLE)) {
                continue;
            }
            List<List<NoticeField>> out = new ArrayList<>();
            for (int j = i + 1; j < lines.size(); j++) {
                List<Span> row = cells(text, lines.get(j));
                int rowStart = lines.get(j).start();
                for (int k = j + 1; !row.isEmpty() && row.size() < header.size() && k < Math.min(lines.size(), j + MAX_ROW_LINES); k++) {
                    // a cell with a line break in it (a date over a venue) runs the row on over the next line
                    List<Span> joined = cells(text, new NoticeLayout.Line(lines.get(j).start(), lines.get(k).end()));
                    if (joined.size() == header.size()) {
                        row = joined;
                        j = k;
                    }
                }
                if (row.isEmpty() && out.isEmpty()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    if (!out.isEmpty() && !row.isEmpty()) {
                        break; // the table ended
                    }
                    continue;
                }
                if (CANCELLED.matcher(text.substring(rowStart, lines.get(j).end())).find()) {
                    continue;
                }
                List<NoticeField> fields = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    if (kinds.get(c) != null && row.get(c).end() > row.get(c).start()) {
                        fields.add(new NoticeField(kinds.get(c), header.get(c), row.get(c)));
                    }
                }
                out.add(fields);
            }
            return out;
        }
        return List.of();
    }

    /** The cells of a line split at tabs (or at " | " where a table is written in plain text), each trimmed; none for a line of one cell. */
    private static List<Span> cells(String text, NoticeLayout.Line line) {
        List<Span> out = new ArrayList<>();
        int start = line.start();
        boolean piped = text.substring(line.start(), line.end()).contains(" | ");
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || text.charAt(i) == '\t' || piped && text.charAt(i) == '|') {
                int a = start;
                int b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (!(out.isEmpty() && a == b && i < line.end())) {
                    out.add(new Span(a, b));
                }
                start = i + 1;
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /** The kind of field a header cell names, when the whole cell is a field's label. */
    private FieldKind kind(String text, Span cell) {
        Optional<Mention> m = matcher.at(text, cell.start(), FIELD_SCHEME);
        return m.filter(x -> x.end() == cell.end() || QUALIFIER.matcher(text.substring(x.end(), cell.end())).matches())
                .map(FieldLabels::kind).orElse(null);
    }
}
