package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;
import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * Finds the labelled fields of a notice: a field starts where a line begins (after any
 * numbering such as 一、 （二） 3. 【】) or where a clause begins after ； or 。, with a label from the
 * notice-field vocabulary followed by a colon or the end of the line. A field's content runs to
 * the next field or numbered heading; the last field ends at the first blank line after it, so
 * a page's footer or sidebar is not read as part of the notice.
 */
public final class NoticeLayout {
    static final Pattern NUMBERING = Pattern.compile(
            "^[ \\t\\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[（(][a-j][）)](?=[ \\t])|[（(](?:i{1,3}|iv|vi{0,3}|ix|x)[）)](?=[ \\t])|\\d{1,2}[、.．)](?!\\d)|\\d{1,2}\\.\\d{1,2}\\.?(?=[ \\t])|[IVX]{1,4}[.)](?=\\s)|[A-J][.)](?=\\s)|【)[ \\t\\u3000]*");
    /** A bullet before a field's label ("- Dates: 17-28 March"): a list of fields, not an outline's level. */
    private static final Pattern BULLET = Pattern.compile("^[ \\t\\u3000]*[-–•·*▪●◆][ \\t]+");
    /** A bracketed word between a field's label and its colon: "Organizer (Implementing Institution):". */
    private static final Pattern QUALIFIER = Pattern.compile("[（(][^()（）:：\\n]{1,40}[)）][ \\t\\u3000]*(?=[：:])");
    /** The style of a numbered line that names a program. */
    private static final String PROGRAM_LINE = "program";
    private static final int MAX_PROGRAM_LINE = 120;
    private static final int MIN_PROGRAM_LINE = 8;
    /** A bracketed note that ends a heading's line: （不变）, （调整后）. */
    private static final Pattern STANDING_ASIDE = Pattern.compile("[ \\t\\u3000]*[（(][^()（）\\n]{1,10}[)）][ \\t\\u3000]*");
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[：:，,；;。]");
    private static final int TYPE_TO_LINE_END = 8;

    private final DictionaryMatcher matcher;
    private final NoticeTable table;
    private final FieldLabels labels;

    public NoticeLayout(DictionaryMatcher matcher) {
        this.matcher = matcher;
        this.table = new NoticeTable(matcher);
        this.labels = new FieldLabels(matcher);
    }

    /** A line of the text: [start, end) without its line break. */
    public record Line(int start, int end) {}

    public static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new Line(start, end));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(start, text.length()));
        }
        return lines;
    }

    /** The kinds of field a report's line of credits holds. */
    private static final java.util.Set<FieldKind> CREDIT_KINDS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(FieldKind.ORGANIZER, FieldKind.HOST));
    /** A place where a field or a heading begins. */
    private record Start(int labelStart, int labelEnd, int contentStart, FieldKind kind) {}

    /** A numbered line: where its text starts and how it is numbered. */
    private record Numbered(int line, int textStart, String style) {}

    /** The fields of {@code text}, in order. */
    public List<NoticeField> fields(String text) {
        List<Line> lines = lines(text);
        List<Start> starts = new ArrayList<>();
        List<Numbered> unknownHeadings = new ArrayList<>();
        java.util.Set<String> fieldStyles = new java.util.HashSet<>();
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            String s = text.substring(line.start(), line.end());
            Matcher num = NUMBERING.matcher(s);
            boolean numbered = num.find();
            Matcher bullet = BULLET.matcher(s);
            int pos = line.start() + (numbered ? num.end() : bullet.lookingAt() ? bullet.end() : leadingSpace(s));
            Optional<int[]> field = fieldAt(text, pos, line.end(), true);
            if (field.isPresent()) {
                starts.add(new Start(field.get()[0], field.get()[1], field.get()[2], labels.kindAt(text, field.get()[0])));
                fieldStyles.add(numbered ? style(num.group()) : "none");
            } else if (numbered && isProgramLine(text, pos, line.end())) {
                unknownHeadings.add(new Numbered(li, pos, PROGRAM_LINE)); // (二)2025年…研修班, "2. Workshop on …"
            } else if (numbered && isHeading(text, pos, line.end())) {
                unknownHeadings.add(new Numbered(li, pos, style(num.group())));
            }
            // further fields on the same line, after ； or 。 or an opening bracket
            for (int i = pos; i < line.end(); i++) {
                char c = text.charAt(i);
                if (c == '；' || c == ';' || c == '。' || c == '（' && i > pos) { // “…研修班”（主办单位：商务部；承办单位：……）
                    int p = i + 1;
                    while (p < line.end() && Character.isWhitespace(text.charAt(p))) {
                        p++;
                    }
                    fieldAt(text, p, line.end(), false).ifPresent(f ->
                            starts.add(new Start(f[0], f[1], f[2], labels.kindAt(text, f[0]))));
                }
            }
        }
        // A numbered line bounds a field only when it is numbered like the notice's known fields:
        // "（4）减贫与乡村振兴" inside a course list under "九、课程内容" is an item, not a section.
        for (Numbered h : unknownHeadings) {
            if (PROGRAM_LINE.equals(h.style())) {
                starts.add(new Start(h.textStart(), h.textStart(), h.textStart(), FieldKind.TITLE)); // a title field without a label
            } else if (fieldStyles.contains(h.style())) {
                starts.add(new Start(h.textStart(), h.textStart(), h.textStart(), labels.revisedKind(text, h.textStart())));
            }
        }
        starts.sort(java.util.Comparator.comparingInt(Start::labelStart));
        List<NoticeField> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Start f = starts.get(i);
            int contentEnd = i + 1 < starts.size()
                    ? boundaryBefore(text, starts.get(i + 1).labelStart())
                    : endOfLastField(text, f.contentStart());
            contentEnd = Math.max(contentEnd, f.contentStart());
            contentEnd = withinBracket(text, f.labelStart(), f.contentStart(), contentEnd);
            out.add(new NoticeField(f.kind(), new Span(f.labelStart(), f.labelEnd()), trim(text, f.contentStart(), contentEnd)));
        }
        return out;
    }

    /**
     * A field opened inside a bracket of prose ("该研修班（主办单位：商务部；承办单位：某学院）原定于……")
     * ends where the bracket closes: the sentence around it is no part of the field.
     */
    private static int withinBracket(String text, int labelStart, int contentStart, int contentEnd) {
        int open = 0;
        for (int i = labelStart - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '。'; i--) {
            char c = text.charAt(i);
            open += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
        }
        if (open <= 0) {
            return contentEnd;
        }
        for (int i = contentStart; i < contentEnd; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')' || c == '\n') {
                return i;
            }
        }
        return contentEnd;
    }

    /** Kinds of field that make a text a notice rather than prose about a program. */
    private static final java.util.Set<FieldKind> NOTICE_KINDS =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(FieldKind.ORGANIZER, FieldKind.HOST, FieldKind.DATES, FieldKind.COUNTRIES, FieldKind.PARTICIPANTS,
                    FieldKind.COURSES, FieldKind.COUNT));

    /** Whether {@code text} is laid out as a notice: at least two distinct labelled fields of a notice. */
    public boolean isNotice(String text) {
        List<NoticeField> known = fields(text).stream().filter(f -> f.kind() != null && NOTICE_KINDS.contains(f.kind())).toList();
        boolean creditsAtFoot = !known.isEmpty() && known.stream().allMatch(f -> CREDIT_KINDS.contains(f.kind()))
                && known.get(0).label().start() > text.length() / 2; // a report's 主办单位：…　承办单位：… under its prose
        return known.stream().map(NoticeField::kind).distinct().count() >= 2 && !creditsAtFoot
                || !table.rows(text).isEmpty();
    }

    /** The program rows of a notice laid out as a table of programs ({@link NoticeTable}), if it is. */
    List<List<NoticeField>> tableRows(String text) {
        return table.rows(text);
    }

    /**
     * Whether the text is a notice, or a revision that changes a field or two (关于调整……的通知 above
     * 调整后时间：…): a kind of document named above its first labelled field.
     */
    public boolean isNoticeOrRevision(String text) {
        if (isNotice(text)) {
            return true;
        }
        List<NoticeField> fields = fields(text);
        if (fields.stream().noneMatch(f -> f.kind() != null)) {
            return false;
        }
        int to = Math.min(text.length(), fields.get(0).label().start());
        return !matcher.find(text, 0, to, List.of(scheme("document-kinds"))).isEmpty();
    }

    /** The numbering's style: 一、 and （一） and 1. and 【 are different levels of a notice. */
    private static String style(String numbering) {
        String n = numbering.strip();
        if (n.startsWith("【")) {
            return "bracket";
        }
        boolean paren = n.startsWith("（") || n.startsWith("(") || n.endsWith(")");
        boolean arabic = n.chars().anyMatch(Character::isDigit);
        boolean roman = n.matches("[IVX]+[.)]");
        boolean letter = n.matches("[A-J][.)]");
        return (paren ? "paren-" : "plain-") + (roman ? "roman" : letter ? "letter" : arabic ? "arabic" : "han");
    }

    /**
     * A label at {@code pos}, followed by a colon, or by a tab (a table row: 主办 | 商务部), or alone
     * on its line when {@code mayStandAlone}.
     */
    private Optional<int[]> fieldAt(String text, int pos, int lineEnd, boolean mayStandAlone) {
        Optional<Mention> m = labels.label(text, pos);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int after = m.get().end();
        int p = after;
        // a joined heading such as 举办时间及地点: the label, then 及/和/与 and a few characters
        if (p < lineEnd && "及和与、".indexOf(text.charAt(p)) >= 0) {
            int q = p + 1;
            while (q < lineEnd && q - p <= 8 && "：:（(".indexOf(text.charAt(q)) < 0) {
                q++;
            }
            if (q - p <= 8 && text.substring(p, q).indexOf('的') < 0) {
                p = q; // 招生对象、名额及语言（不变） too, not a title's line (举办时间和邀请国别的通知)
            }
        }
        Matcher aside = STANDING_ASIDE.matcher(text).region(p, lineEnd);
        if (mayStandAlone && aside.matches()) {
            p = lineEnd; // a heading's own note in brackets: 三、招生对象（不变）
        }
        Matcher joined = JOINED_EN.matcher(text).region(p, lineEnd);
        if (mayStandAlone && joined.lookingAt()) {
            p = joined.end(); // "Duration and venue", "Invited countries and number of participants" over their content
        }
        while (p < lineEnd && (text.charAt(p) == ' ' || text.charAt(p) == '\u3000' || text.charAt(p) == '\t')) {
            p++;
        }
        Matcher qualifier = QUALIFIER.matcher(text).region(p, lineEnd);
        if (qualifier.lookingAt()) {
            p = qualifier.end(); // "Organizer (Implementing Institution):", 承办单位（执行机构）：
        }
        if (p < lineEnd && (text.charAt(p) == '：' || text.charAt(p) == ':' || text.charAt(p) == '】')) {
            int content = p + 1;
            if (text.charAt(p) == '】' && content < lineEnd && (text.charAt(content) == '：' || text.charAt(content) == ':')) {
                content++;
            }
            return Optional.of(new int[] {pos, after, content});
        }
        if (mayStandAlone && p >= lineEnd) {
            return Optional.of(new int[] {pos, after, lineEnd});
        }
        if (after < lineEnd && text.charAt(after) == '\t' && p < lineEnd) {
            return Optional.of(new int[] {pos, after, p}); // a table row: the label's cell, then the content's
        }
        if (p + 1 < lineEnd && (text.charAt(p) == '|' || text.charAt(p) == '｜')
                && text.substring(p + 1, lineEnd).chars().noneMatch(c -> c == '|' || c == '｜')) {
            return Optional.of(new int[] {pos, after, p + 1}); // a table written as text: 主办单位 | 商务部
        }
        return Optional.empty();
    }

    /** Capitalized words before a program's type opening an English line: "Online", "International Training". */
    private static final java.util.regex.Pattern QUALIFIERS = java.util.regex.Pattern.compile("(?:(?:19|20)\\d{2}\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}");

    /**
     * A numbered line that names a program (ends with a program type or opens with one, names a
     * target, holds no sentence mark): it begins another program, so it is that program's title
     * field and bounds the field above it however the fields are numbered.
     */
    private boolean isProgramLine(String text, int pos, int lineEnd) {
        String rest = text.substring(pos, lineEnd);
        if (rest.strip().length() < MIN_PROGRAM_LINE || rest.length() > MAX_PROGRAM_LINE || SENTENCE_MARKS.matcher(rest).find()) {
            return false;
        }
        int end = pos + rest.stripTrailing().length();
        List<Mention> found = matcher.find(text, pos, lineEnd, List.of(scheme("program-types"), scheme("countries"), scheme("groups")));
        return found.stream().anyMatch(m -> m.concept().inScheme(scheme("program-types"))
                        && (end - m.end() <= TYPE_TO_LINE_END || m.start() - pos <= 2 // …研修班（线上）, "Seminar on …"
                            || QUALIFIERS.matcher(text.substring(pos, m.start())).matches())) // "Online Workshop on …"
                && found.stream().anyMatch(m -> !m.concept().inScheme(scheme("program-types"))); // for whom: a target
    }

    /** A numbered line that reads as a heading: short, or a label and a colon (a Chinese label of up to ten characters, a Latin one of up to four words). */
    private static boolean isHeading(String text, int pos, int lineEnd) {
        String rest = text.substring(pos, lineEnd);
        if (CLAUSE_ENDED.matcher(rest).find()) {
            return false; // （一）年龄在25至50周岁之间； an item of a list that ends as a clause, not a heading
        }
        int colon = rest.indexOf('：') >= 0 ? rest.indexOf('：') : rest.indexOf(':');
        if (rest.length() <= 14 || (colon > 0 && colon <= 10)) {
            return true;
        }
        return colon > 0 && colon <= 40 && rest.substring(0, colon).matches("[\\p{IsLatin}'’\\- ]+")
                && rest.substring(0, colon).trim().split("\\s+").length <= 4;
    }

    /** An English heading that joins a label to another field's words, alone on its line: " and number of participants". */
    private static final Pattern JOINED_EN = Pattern.compile("(?i)\\s+(?:and|&)\\s+(?:[\\p{L}-]+\\s*){1,4}(?=[:：]|\\s*$)");
    private static final Pattern CLAUSE_ENDED = Pattern.compile("[；;。]\\s*$");

    private static int boundaryBefore(String text, int nextLabel) {
        int p = nextLabel;
        // a label after 。 on a line ("…处级官员。拟邀请国家：…") ends the sentence before it, which is the field above's
        while (p > 0 && text.charAt(p - 1) != '\n' && text.charAt(p - 1) != '；' && text.charAt(p - 1) != ';'
                && text.charAt(p - 1) != '。') {
            p--;
        }
        return p;
    }

    /** The last field ends at the first blank line after some content, or at the end. */
    private static int endOfLastField(String text, int contentStart) {
        boolean seenContent = false;
        for (Line line : lines(text.substring(contentStart))) {
            boolean blank = text.substring(contentStart + line.start(), contentStart + line.end()).isBlank();
            if (blank && seenContent) {
                return contentStart + line.start();
            }
            seenContent |= !blank;
        }
        return text.length();
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u3000')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u3000'
                || text.charAt(end - 1) == '；' || text.charAt(end - 1) == ';')) {
            end--;
        }
        return new Span(start, end);
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }
}
