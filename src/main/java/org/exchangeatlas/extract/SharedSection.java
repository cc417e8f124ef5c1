package org.exchangeatlas.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;

/**
 * A section of a notice of several programs that says it holds for all of them ("GENERAL
 * ELIGIBILITY CRITERIA (all programmes)", 各项目共同要求), written after the last program's fields:
 * a field of requirements each program reads as its own; and, where no heading says so, the prose
 * under the last program.
 */
final class SharedSection {
    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t]*[^\\n]{0,40}?(?:\\ball\\s+(?:the\\s+)?(?:programmes|programs|courses|seminars|workshops)\\b"
            + "|\\bgeneral\\s+(?:eligibility|requirements|conditions)\\b|各项目共同|所有项目|各期(?:研修班|培训班)?共同|通用要求)[^\\n]{0,40}$");
    /** Where the section ends: a rule of dashes, or two blank lines. */
    private static final Pattern END = Pattern.compile("\\n[ \\t]*[-=_—]{5,}|\\n[ \\t]*\\n[ \\t]*\\n");
    private static final int MAX_LENGTH = 2000;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private SharedSection() {}

    /** The section of {@code text} after {@code from} that holds for all programs, as a field of requirements. */
    static Optional<NoticeField> after(String text, int from) {
        Matcher h = HEADING.matcher(text).region(Math.min(from, text.length()), text.length());
        if (!h.find()) {
            return Optional.empty();
        }
        return section(text, h);
    }

    /**
     * The prose after the last program's last field, when no heading says for whom: what a
     * notice of several programs writes under all of them ("Candidates should be below 45 years
     * of age …") holds for each.
     */
    static Optional<NoticeField> trailing(String text, int lastFieldEnd) {
        Matcher blank = BLANK_LINE.matcher(text).region(Math.min(lastFieldEnd, text.length()), text.length());
        if (!blank.find()) {
            return Optional.empty();
        }
        int start = blank.end();
        int end = Math.min(text.length(), start + MAX_LENGTH);
        return end > start ? Optional.of(new NoticeField(FieldKind.REQUIREMENTS, new Span(start, start), new Span(start, end)))
                : Optional.empty();
    }

    private static Optional<NoticeField> section(String text, Matcher h) {
        int start = Math.min(text.length(), h.end() + 1);
        Matcher e = END.matcher(text).region(start, Math.min(text.length(), start + MAX_LENGTH));
        int end = e.find() ? e.start() : Math.min(text.length(), start + MAX_LENGTH);
        return end > start ? Optional.of(new NoticeField(FieldKind.REQUIREMENTS, new Span(h.start(), h.end()), new Span(start, end)))
                : Optional.empty();
    }

    /** {@code fields} with the shared section after them, if the notice has one. */
    static List<NoticeField> with(List<NoticeField> fields, Optional<NoticeField> shared) {
        if (shared.isEmpty() || fields.stream().anyMatch(f -> f.content().end() > shared.get().label().start())) {
            return fields;
        }
        List<NoticeField> out = new java.util.ArrayList<>(fields);
        out.add(shared.get());
        return out;
    }
}
