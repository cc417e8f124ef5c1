package org.exchangeatlas.extract.prose;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Clauses;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.ClausePattern;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.LabelNormalizer;
import org.exchangeatlas.vocab.Mention;

/**
 * Reads the requirements a sentence of prose puts on participants (推荐人选年龄在45岁以下，能用英语交流，
 * 身体健康; 学员须提交本国与其他国家交流合作情况的报告): the requirement cues of
 * {@code vocab/requirements.ttl} and the clause patterns of {@code vocab/requirement-patterns.ttl},
 * as the notice reader reads them in a notice's fields, each quoted by its clause. A cue denied
 * before it (不限年龄, 无需) states none.
 */
public final class RequirementReader {
    /** A requirement is a duty of the participants: the sentence must speak of them. */
    private static final Pattern ABOUT_PARTICIPANTS = Pattern.compile("学员|人选|参训|申请人|报名|推荐|participants|applicants|candidates");
    /** A denial just before a cue, within its clause (不限年龄, 无需提交), as in notices. */
    private static final Pattern NEGATION_BEFORE = Pattern.compile("(?:不|无需|无须|未|非|免|不再|不需)[^，,。；;]{0,4}$");
    private static final int NEGATION_REACH = 6;

    /** A requirement stated: its concept and the clause that states it. */
    public record Stated(String conceptIri, Span clause) {}

    private final DictionaryMatcher matcher;
    private final List<ClausePattern> patterns;

    public RequirementReader(DictionaryMatcher matcher, List<ClausePattern> patterns) {
        this.matcher = matcher;
        this.patterns = patterns;
    }

    /** The requirements {@code text[sentence]} states, each once, in order. */
    public List<Stated> read(String text, Span sentence) {
        List<Stated> out = new ArrayList<>();
        String folded = LabelNormalizer.fold(sentence.of(text));
        if (!ABOUT_PARTICIPANTS.matcher(folded).find()) {
            return out;
        }
        for (Mention m : matcher.find(text, sentence.start(), sentence.end(), List.of(scheme("requirements")))) {
            String before = text.substring(Math.max(sentence.start(), m.start() - NEGATION_REACH), m.start());
            if (!NEGATION_BEFORE.matcher(before).find()) {
                add(out, new Stated(m.concept().iri(), Clauses.around(text, m.start(), m.end(), sentence.start(), sentence.end())));
            }
        }
        for (Span clause : Clauses.split(text, sentence.start(), sentence.end())) {
            String c = LabelNormalizer.fold(clause.of(text));
            patterns.stream().filter(p -> p.matches(c)).forEach(p -> add(out, new Stated(p.conceptIri(), clause)));
        }
        return out;
    }

    private static void add(List<Stated> out, Stated s) {
        if (out.stream().noneMatch(o -> o.conceptIri().equals(s.conceptIri()))) {
            out.add(s);
        }
    }
}
