package org.exchangeatlas.extract;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * The labels of a notice's fields ({@code vocab/notice-fields.ttl}) where they stand in a text:
 * as the vocabulary writes them, spaced out to align a column (规  模：36人), or heading a section
 * that revises the field (一、举办时间调整), and the kind of field each names.
 */
final class FieldLabels {
    private static final List<String> FIELD_SCHEME = List.of(scheme("notice-fields"));
    /** What may follow a field's label in the heading of a section that revises it. */
    private static final Pattern CHANGE_AFTER_LABEL = Pattern.compile("\\s*(?:调整|变更|更改|的调整|的变更)\\s*");
    /** A label whose characters stand apart (规  模：), up to its colon. */
    private static final Pattern SPACED_LABEL = Pattern.compile("((?:\\p{IsHan}[ \\t\u3000]{1,4}){1,5}\\p{IsHan})(?=[ \\t\u3000]*[：:])");

    private final DictionaryMatcher matcher;

    FieldLabels(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    /** The field label at {@code pos}, written as the vocabulary has it or with its characters spaced apart and a colon after. */
    Optional<Mention> label(String text, int pos) {
        Optional<Mention> m = matcher.at(text, pos, FIELD_SCHEME);
        if (m.isPresent()) {
            return m;
        }
        Matcher spaced = SPACED_LABEL.matcher(text).region(pos, text.length());
        if (!spaced.lookingAt()) {
            return Optional.empty();
        }
        String joined = spaced.group(1).replaceAll("[ \\t\u3000]", "");
        return matcher.lookup(joined, FIELD_SCHEME).stream().findFirst()
                .map(c -> new Mention(c, pos, spaced.end(1), spaced.group(1)));
    }

    /** The kind of field the label at {@code pos} names, or null. */
    FieldKind kindAt(String text, int pos) {
        return label(text, pos).map(m -> kind(m)).orElse(null);
    }

    /** A section headed by a field's label and a word of change (一、举办时间调整, 二、邀请国别调整): that field, revised; else null. */
    FieldKind revisedKind(String text, int pos) {
        int lineEnd = text.indexOf('\n', pos);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return matcher.at(text, pos, FIELD_SCHEME)
                .filter(m -> CHANGE_AFTER_LABEL.matcher(text.substring(m.end(), end)).matches())
                .map(FieldLabels::kind)
                .orElse(null);
    }

    /** The kind of field a label names: its concept in notice-fields.ttl, resolved to a constant (an unknown one fails). */
    static FieldKind kind(Mention m) {
        return FieldKind.ofIri(m.concept().iri());
    }
}
