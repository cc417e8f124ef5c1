package org.exchangeatlas.extract.news;

import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.NoticeExtractor;
import org.exchangeatlas.extract.ProgramKeys;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.extract.prose.NumberWords;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * Programs a release reports in the aggregate, without their names: 全年面向上合组织成员国举办线上
 * 研修项目38期, 为哈萨克斯坦等国量身定制了11期双边研修班. Each sentence that counts sessions of
 * training is one {@code atlas:ReportedProgram} of the body it names before the count (else the
 * body of the page's heading), with what the sentence itself states: targets, roles, topics, way
 * of delivery, year (the sentence's own, else the heading's: a year-end summary published in January
 * sums up the year before), and the number trained (培训各国官员1216人). A sentence of what a body will
 * do (将, 计划, 下一步) reports nothing run, nor does a heading, which restates its lead. On a page
 * that also names programs by their names, only a sentence that sums up one year is read
 * (全年共承办商务部援外培训项目21期, …共培训612人), not one of the years before (累计承办…).
 */
final class AggregatePrograms {
    private static final String N = NumberWords.ZH;
    /** Sessions of training counted: 举办研修项目38期, 11期双边线上研修班. */
    private static final Pattern SESSIONS = Pattern.compile(
            "(?:研修|培训|研讨)(?:项目|班|活动)?[^，。；]{0,6}?(?<!第)(?<n>" + N + ")\\s*期"
            + "|(?<!第)(?<m>" + N + ")\\s*期[^，。；]{0,16}?(?:研修班|培训班|研讨班|研修项目|培训项目)");
    /** How many were trained: 培训各国官员和技术人员1216人. */
    private static final Pattern TRAINED = Pattern.compile("培训[^，。；]{0,40}?(?<n>\\d{2,6})\\s*(?:余|多)?\\s*(?:人次|人|名)");
    private static final Pattern FUTURE = Pattern.compile("将|计划|拟|筹划|下一步|今后");
    /** A sentence that sums up one year (全年共承办…21期, 2023年举办…): beside named programs, the only kind read. */
    private static final Pattern ONE_YEAR = Pattern.compile("全年|本年度|(?:19|20)\\d{2}\\s*年(?!以来|起|至)");
    /** …and not the years before (累计承办, 自2015年以来) nor a named program's own count (“…”研修班共2期). */
    private static final Pattern OVER_YEARS = Pattern.compile("累计|先后|历年|多年来|以来|“|「|《");
    /** A sentence opening with the span of the year so far: 今年以来, 年初以来, 2024年以来 (with 据统计 before it). */
    private static final Pattern SINCE = Pattern.compile("(?:据统计|据了解|据介绍)?[，,]?\\s*(?:今年|本年|年初|(?<y>(?:19|20)\\d{2})\\s*年)以来");
    /** The rest of a unit's name after the body it belongs to: 对外经济合作中心, 国际商务官员研修学院. */
    private static final Pattern UNIT_OF_BODY = Pattern.compile("\\p{IsHan}{0,12}?(?:中心|学院|研究院|研究所|基地|大学|学校)");
    private static final String RULE = id("rule", "aggregate-sentence");
    private static final int HEADING_LINES = 6;
    private static final List<String> SAID = List.of(scheme("countries"), scheme("groups"), scheme("roles"), scheme("topics"),
            scheme("delivery"), scheme("non-countries"), scheme("bodies"));

    private final String text;
    private final String fullText;
    private final RecordSink sink;
    private final DictionaryMatcher matcher;
    private final Optional<String> home;
    private final Set<Fact> emitted = new HashSet<>();
    private Optional<Span> headingYear = Optional.empty();
    /** The programs a number trained has been stated of: the first number a program's sentences give is its. */
    private final Set<String> counted = new HashSet<>();

    /** Whether the page also names programs: then only a sentence that sums up one year is read. */
    private final boolean besideNamed;

    AggregatePrograms(String text, String fullText, RecordSink sink, DictionaryMatcher matcher, Optional<String> home,
                      boolean besideNamed) {
        this.besideNamed = besideNamed;
        this.text = text;
        this.fullText = fullText;
        this.sink = sink;
        this.matcher = matcher;
        this.home = home;
    }

    /** Whether the line of {@code text} that holds {@code span} counts sessions of training (a heading that does names no one program). */
    static boolean countsSessions(String text, Span span) {
        int from = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        int to = text.indexOf('\n', span.end());
        return SESSIONS.matcher(text).region(from, to < 0 ? text.length() : to).find();
    }

    /** Reads the sentences; the number of programs reported. */
    int read(List<Span> sentences) {
        Optional<Concept> headingBody = headingBody();
        headingYear = DatesInProse.titleYear(text, new Span(0, headingEnd()));
        int found = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            Matcher m = SESSIONS.matcher(text).region(s.start(), s.end());
            if (!ended(s) || !m.find() || FUTURE.matcher(text.substring(s.start(), m.start())).find()
                    || besideNamed && !thisYear(s) && (!ONE_YEAR.matcher(text).region(s.start(), s.end()).find()
                            || OVER_YEARS.matcher(text).region(s.start(), s.end()).find())) {
                continue;
            }
            List<Concept> bodies = concepts(s.start(), m.start(), List.of(scheme("bodies"))); // not 农业农村部 of 农业农村部某中心
            if (bodies.isEmpty()) {
                headingBody.ifPresent(bodies::add);
            }
            if (!bodies.isEmpty()) {
                String iri = report(s, bodies);
                // the rest of its paragraph says more of it (共培训来自98个国家的官员和技术人员1486人), up to a plan
                for (int j = i + 1; j < sentences.size() && sameParagraph(sentences.get(j - 1), sentences.get(j))
                        && !SESSIONS.matcher(text).region(sentences.get(j).start(), sentences.get(j).end()).find()
                        && !FUTURE.matcher(text).region(sentences.get(j).start(), sentences.get(j).end()).find(); j++) {
                    said(iri, sentences.get(j));
                }
                found++;
            }
        }
        return found;
    }

    /** The names a sentence holds that may say what a program is: places, roles, topics, ways of delivery. */
    private List<Mention> mentions(Span s) {
        return matcher.find(text, s.start(), s.end(), SAID);
    }

    /** Whether two sentences, one after the other, stand in one paragraph (no line break between them). */
    private boolean sameParagraph(Span a, Span b) {
        return text.substring(a.end(), b.start()).indexOf('\n') < 0;
    }

    /** Reports the program a sentence counts the sessions of; its IRI. */
    private String report(Span s, List<Concept> bodies) {
        // the sentence's own year, else the heading's: a year-end summary is dated the year after the one it sums up
        Optional<Span> yearSpan = DatesInProse.titleYear(text, s).or(() -> headingYear);
        Optional<Integer> year = yearSpan.map(y -> org.exchangeatlas.extract.DateRange.year(y.of(fullText)));
        List<Mention> said = mentions(s);
        String key = ProgramKeys.of(year, "aggregate|" + s.of(text));
        String iri = id("program", key);
        sink.program(new ProgramRecord(key, null, "zh", NoticeExtractor.englishLabel(said, year) + " (reported)", s,
                REPORTED_PROGRAM));
        bodies.forEach(b -> emit(iri, ORGANIZER, new Value.Iri(b.iri()), s));
        year.ifPresent(y -> emit(iri, YEAR, new Value.Typed(String.valueOf(y), XSD + "gYear"), s));
        said(iri, s, said);
        return iri;
    }

    /** What a sentence says of the program {@code iri}: targets, roles, topics, delivery, the number trained. */
    private void said(String iri, Span s) {
        said(iri, s, mentions(s));
    }

    /** As {@link #said(String, Span)}, with the sentence's names already found. */
    private void said(String iri, Span s, List<Mention> names) {
        for (Mention m : names) {
            Concept c = m.concept();
            // what the scheme gives (vocab/scheme-properties.ttl); the kinds of program an aggregate counts are not its type
            String property = home.filter(c.iri()::equals).isPresent() ? null
                    : c.programProperty().filter(p -> !p.equals(PROGRAM_TYPE)).orElse(null);
            if (property != null) {
                emit(iri, property, new Value.Iri(c.iri()), new Span(m.start(), m.end()));
            }
        }
        Matcher t = TRAINED.matcher(text).region(s.start(), s.end());
        if (t.find() && counted.add(iri)) {
            emit(iri, PARTICIPANT_COUNT, new Value.Typed(t.group("n"), XSD + "integer"), new Span(t.start("n"), t.end()));
        }
    }

    /** Whether a sentence ends as a sentence (。！？), not as a heading or a line of links does. */
    private boolean ended(Span s) {
        return s.end() < text.length() && "。！？!?".indexOf(text.charAt(s.end())) >= 0;
    }

    /** The body the page's heading names (商务部：2021年…举办线上研修项目38期), if one. */
    private Optional<Concept> headingBody() {
        List<Concept> found = concepts(0, headingEnd(), List.of(scheme("bodies")));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Where the page's first lines end: its heading. */
    private int headingEnd() {
        return headingEnd(text, HEADING_LINES);
    }

    /** Where the first {@code lines} lines of {@code text} end (blank ones counted). */
    static int headingEnd(String text, int lines) {
        int end = 0;
        for (int line = 0; line < lines && end >= 0 && end < text.length(); line++) {
            end = text.indexOf('\n', end + 1);
        }
        return end < 0 ? text.length() : end;
    }

    /** Whether a sentence sums up the page's own year so far (今年以来, 2024年以来 on a page of 2024), 累计 or not. */
    private boolean thisYear(Span s) {
        Matcher m = SINCE.matcher(text).region(s.start(), s.end());
        return m.lookingAt() && (m.group("y") == null || headingYear
                .filter(y -> org.exchangeatlas.extract.DateRange.year(y.of(fullText)) == Integer.parseInt(m.group("y"))).isPresent());
    }

    private List<Concept> concepts(int from, int to, List<String> schemes) {
        List<Concept> out = new ArrayList<>();
        for (Mention m : matcher.find(text, from, to, schemes)) {
            if (m.concept().inScheme(scheme("bodies")) && UNIT_OF_BODY.matcher(text).region(m.end(), to).lookingAt()) {
                continue; // 农业农村部对外经济合作中心: a unit of the body, named by it
            }
            if (out.stream().noneMatch(c -> c.iri().equals(m.concept().iri()))) {
                out.add(m.concept());
            }
        }
        return out;
    }

    private void emit(String subject, String property, Value v, Span span) {
        Fact f = new Fact(subject, property, v, span, RULE);
        if (emitted.add(f)) {
            sink.fact(f);
        }
    }
}
