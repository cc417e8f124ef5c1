package org.exchangeatlas.extract;

import static org.exchangeatlas.extract.NoticeSchemes.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.ClausePattern;
import org.exchangeatlas.vocab.LabelNormalizer;
import org.exchangeatlas.vocab.Mention;

/**
 * What a notice states across its body rather than in one field: its requirements, which are
 * phrased rather than named, and the delivery of a notice that has no field for it. The body runs
 * from the first field's label to the end of the last field's content (after the title, to the
 * end of the text, when the notice has no fields).
 */
final class NoticeBody {
    /** How many a notice will admit: 计划招收学员25名, 拟邀请30人, "will admit up to 30 participants". */
    private static final Pattern PLANNED_COUNT = Pattern.compile(
            "(?:计划|拟)(?:招收|招生|邀请|录取)(?:学员|官员|人员)?(?:共|约)?\\s*(\\d{1,4})\\s*(?:名|人|位)"
            + "|(?i:\\b(?:admit|accept|enrol|enroll|invite)s?\\s+(?:up to\\s+|about\\s+|some\\s+)?(\\d{1,3})\\s+"
            + "(?:[a-z-]+\\s+){0,2}?(?:participants|officials|trainees))"
            + "|(?:名额|总人数|总规模|学员总数|共计|共)\\s*(?:[（(]\\s*)?(?:约|为|不超过|不多于)?\\s*(\\d{1,4})\\s*(?:名|人)(?![次天])");
    private final NoticeText notice;
    private final String text;
    private final List<ClausePattern> clausePatterns;
    private final ProgramFacts facts;
    private final List<NoticeField> fields;
    private final int from;
    private final int to;

    NoticeBody(NoticeText notice, List<ClausePattern> clausePatterns, ProgramFacts facts, List<NoticeField> fields,
               Span title) {
        this.notice = notice;
        this.text = notice.text();
        this.clausePatterns = clausePatterns;
        this.facts = facts;
        this.fields = fields;
        this.from = fields.isEmpty() ? title.end() : fields.get(0).label().start();
        this.to = fields.isEmpty() ? text.length() : fields.get(fields.size() - 1).content().end();
    }

    /**
     * Requirements are phrased, not named: a cue (岁以下) or a clause pattern (与其他国家 +
     * 交流 + 报告) anywhere in the notice's fields states one, except in the course list, the
     * title and the country list, where such words name a subject rather than a duty. The
     * claim quotes the clause.
     */
    void requirements() {
        List<Span> excluded = fields.stream()
                .filter(f -> java.util.EnumSet.of(FieldKind.COURSES, FieldKind.TITLE, FieldKind.COUNTRIES).contains(f.kind()))
                .map(NoticeField::content).toList();
        // only what this program's fields hold: another program's item of a shared field is not its
        List<Span> read = fields.stream().flatMap(f -> java.util.stream.Stream.of(f.label(), f.content())).toList();
        for (Mention m : notice.mentions(new Span(from, to), REQUIREMENTS)) {
            if (!notice.negated(m) && !inside(excluded, m.start()) && inside(read, m.start())) {
                facts.fact(REQUIREMENT, new Value.Iri(m.concept().iri()),
                        withoutLabel(Clauses.around(text, m.start(), m.end(), from, to)));
            }
        }
        for (Span clause : Clauses.split(text, from, to)) {
            if (inside(excluded, clause.start()) || !inside(read, clause.start())) {
                continue;
            }
            String folded = LabelNormalizer.fold(clause.of(text));
            for (ClausePattern p : clausePatterns) {
                if (p.matches(folded)) {
                    facts.fact(REQUIREMENT, new Value.Iri(p.conceptIri()), withoutLabel(clause));
                }
            }
        }
    }

    /**
     * A notice that has no delivery field may still say it in a sentence (本项目为来华培训):
     * taken when the body names exactly one way of delivery, outside the course list and
     * not negated (不组织学员来华).
     */
    void delivery() {
        List<Span> courses = fields.stream().filter(f -> f.kind() == FieldKind.COURSES).map(NoticeField::content).toList();
        List<Mention> found = notice.mentions(new Span(from, to), DELIVERY_SCHEME).stream()
                .filter(m -> !notice.negated(m) && !inside(courses, m.start())).toList();
        long kinds = found.stream().map(m -> m.concept().iri()).distinct().count();
        if (kinds == 1) {
            found.forEach(facts::conceptFact);
        } else if (kinds > 1) {
            facts.notUnderstood("delivery unclear: the notice names several ways", new Span(from, to));
        }
    }

    /**
     * A notice that has no count field may say in a sentence how many it will admit
     * (计划招收学员25名, "will admit up to 30 participants"): taken from the first such phrase
     * after the title.
     */
    void plannedCount(Span title) {
        if (facts.stated(PARTICIPANT_COUNT)) {
            return;
        }
        Matcher m = PLANNED_COUNT.matcher(text).region(Math.min(title.end(), to), to);
        // only what this program's fields hold: another program's item of a shared field is not its
        List<Span> own = fields.stream().flatMap(f -> java.util.stream.Stream.of(f.label(), f.content())).toList();
        while (m.find()) {
            if (!own.isEmpty() && !inside(own, m.start())) {
                continue;
            }
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            facts.markStated(PARTICIPANT_COUNT);
            facts.fact(PARTICIPANT_COUNT, new Value.Typed(m.group(g), XSD + "integer"), new Span(m.start(g), m.end()));
            return;
        }
    }

    /** A clause that opens with a field's label ("Participants: …") quoted from its content on. */
    private Span withoutLabel(Span clause) {
        for (NoticeField f : fields) {
            if (f.label().start() >= clause.start() && f.label().start() < clause.end()
                    && f.content().start() > clause.start() && f.content().start() < clause.end()) {
                return new Span(f.content().start(), clause.end());
            }
        }
        return clause;
    }

    private static boolean inside(List<Span> spans, int pos) {
        return spans.stream().anyMatch(s -> s.start() <= pos && pos < s.end());
    }
}
