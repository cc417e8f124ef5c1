package org.exchangeatlas.extract.news;

import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Clauses;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.NoticeExtractor;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramKeys;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.extract.prose.OrgMention;
import org.exchangeatlas.extract.prose.Participants;
import org.exchangeatlas.extract.prose.ProgramNames;
import org.exchangeatlas.extract.prose.ProseReaders;
import org.exchangeatlas.extract.prose.Relation;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.LabelNormalizer;
import org.exchangeatlas.vocab.Mention;

/**
 * The reading of one page of Chinese prose.
 * <pre>
 * programs   quoted names (each one program), else the heading's title; a generic phrase is none
 * per program  its title's concepts (targets, roles, topics, type, delivery) and year; else the year
 *              of a date in a sentence that names it, else of the dateline
 * sentence by sentence (。！？ and line ends):
 *   the programs it names, or every program of the page when it names none
 *   relation cues      -> organizer, host, co-organizer of those programs (我院: the page's institution)
 *   participants       -> count, countries, groups, roles (only of a program it names, or the page's only one)
 *   a range, an opening or a closing day -> start and end dates (likewise)
 *   a meeting cue      -> atlas:engagedWith from the bodies before it to the countries after it
 * </pre>
 * A sentence that names several programs gives each the relations it states once for all.
 */
final class NewsReading {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n]+");
    /** A clause that speaks of all the programs named before it: 两期研修班均由…承办. */
    private static final Pattern BOTH = Pattern.compile("均|都|两期|两个班|各期");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;：:]");
    private static final List<String> TITLE_SCHEMES = List.of(scheme("countries"), scheme("groups"), scheme("roles"),
            scheme("topics"), scheme("program-types"), scheme("non-countries"), scheme("languages"), scheme("delivery"));
    private static final String TITLE_RULE = id("rule", "news-title");
    private static final String DATELINE_RULE = id("rule", "dateline-year");
    private static final String RELATION_RULE = id("rule", "relation-cue");
    private static final String PARTICIPANTS_RULE = id("rule", "participants");
    private static final String DATES_RULE = id("rule", "ceremony-dates");
    private static final String CEREMONY_RULE = id("rule", "ceremony-venue");
    private static final String SENTENCE_RULE = id("rule", "news-sentence");
    private static final String HOME_RULE = id("rule", "trained-at-home");
    /** The shortest name without its year by which a sentence may name a program. */
    private static final int MIN_CORE = 6;
    /**
     * A sentence about programs in the aggregate, not the page's own (今年以来我校已承办各类培训班6期,
     * 累计培训学员2000余人): what it states is not said of the program the page reports.
     */
    private static final Pattern AGGREGATE = Pattern.compile("各类|累计|先后|历年|今年以来|近年来|多年来|多期|(?<!第)[\\d一二三四五六七八九十百]+期");
    private final Document document;
    private final String text;
    private final String folded;
    private final RecordSink sink;
    private final ProseReaders r;
    private final Optional<String> home;
    private final Set<Fact> emitted = new HashSet<>();
    private final Meetings meetings;
    /** The names of programs the page names only as run before or still to come. */
    private final List<String> ofOtherTimes = new ArrayList<>();
    private boolean revised;
    private final Focus focus = new Focus();
    private final Venues venues;
    private final ParticipantRoles roles;

    NewsReading(Document document, RecordSink sink, ProseReaders readers) {
        this.document = document;
        this.text = document.readableText();
        this.folded = LabelNormalizer.fold(text);
        this.sink = sink;
        this.r = readers;
        this.home = readers.vocabulary().homeCountry();
        this.meetings = new Meetings(readers.matcher(), home);
        this.venues = new Venues(text, folded, readers.matcher());
        this.roles = new ParticipantRoles(readers.matcher());
    }

    void read() {
        List<Span> sentences = sentences();
        List<NamedProgram> programs = programs(sentences);
        Value self = r.publisher().of(document);
        for (Span s : sentences) {
            List<NamedProgram> named = programs.stream().filter(p -> names(s, p)).toList();
            List<NamedProgram> byFocus = focus.of(text, folded, s, named, programs);
            boolean aggregate = AGGREGATE.matcher(folded.substring(s.start(), s.end())).find();
            List<NamedProgram> about = !named.isEmpty() ? named
                    : programs.size() == 1 && !aggregate ? programs
                    : !aggregate && (!Referents.anyIn(text, folded, s, programs) || focus.inSection()) ? byFocus
                    : List.of();
            if (ofOtherTimes.stream().anyMatch(t -> folded.substring(s.start(), s.end()).contains(t))
                    || named.isEmpty() && ProgramsOfOtherTimes.aboutAnother(folded, s)) {
                continue; // a sentence about a program run before or still to come says nothing of these
            }
            if (named.size() > 1 && Nicknames.clauses(text, s).size() > 1) {
                // “A”由商务部主办…；“B”受农业农村部委托…: each clause's relations are the program it names
                List<NamedProgram> last = named;
                for (Span c : Nicknames.clauses(text, s)) {
                    List<NamedProgram> here = named.stream().filter(p -> names(c, p)).toList();
                    last = !here.isEmpty() ? here : BOTH.matcher(folded.substring(c.start(), c.end())).find() ? named : last;
                    relations(c, last, self);
                }
            } else {
                relations(s, about, self);
            }
            if (named.isEmpty() && programs.size() > 1 && about.isEmpty()) {
                List<NamedProgram> last = List.of(); // 东盟班于…开班，由某中心协办: the clause before says which
                for (Span c : Referents.clauses(text, s)) {
                    List<NamedProgram> these = Referents.of(folded, c, programs);
                    last = these.isEmpty() ? last : these;
                    relations(c, last, self);
                }
                if (Nicknames.ofAll(folded, s)) {
                    roles(s, programs);
                    dates(s, programs); // 两期研修班均于9月23日结束
                }
                List<NamedProgram> one = List.of(); // a clause naming none goes on about the one named before it
                for (Span clause : Nicknames.clauses(text, s)) {
                    one = Nicknames.named(folded, clause, programs).map(List::of).orElse(one);
                    participants(clause, one);
                    roles(clause, one);
                    dates(clause, one);
                }
            } else if (programs.size() > 1 && !named.isEmpty() && Nicknames.clauses(text, s).size() > 1) {
                // “A”于…开班，…参加；“B”于…开班: each clause its own; 其中A班28名…；B班25名…: likewise
                List<NamedProgram> last = named.size() == 1 ? named : List.of();
                for (Span clause : Nicknames.clauses(text, s)) {
                    List<NamedProgram> here = named.stream().filter(p -> names(clause, p)).toList();
                    here = !here.isEmpty() ? here : Nicknames.named(folded, clause, programs).map(List::of).orElse(last);
                    last = here;
                    participants(clause, here);
                    roles(clause, here);
                    dates(clause, here);
                }
            } else {
                participants(s, about);
                roles(s, about);
                dates(s, about);
                r.requirements().read(text, s).forEach(q -> about.forEach(p ->
                        fact(p, REQUIREMENT, new Value.Iri(q.conceptIri()), q.clause(), SENTENCE_RULE)));
            }
            venues.read(s, about);
            meetings.in(text, s).forEach(this::emit);
            meetings.metTrainees(text, s).forEach(b -> about.forEach(p -> p.metBy.put(b, s)));
            revision(s);
        }
        programs.forEach(this::delivery);
        programs.forEach(this::dates);
        for (NamedProgram p : programs) { // 正在我中心参加“…”的学员: the page's own institution hosts it, unless another is named
            if (!has(p, HOST)) {
                venues.home(p).ifPresent(at -> fact(p, HOST, p.atHomeOf, at, HOME_RULE));
            }
        }
        ProgramsOfABody.find(text, folded, sentences, r.orgs(), self, r.publisher().find(document).map(OrgMention::span))
                .ifPresent(owner -> programs.stream() // 承办商务部援外培训项目21期; a ministry's report on its training work
                .filter(p -> !has(p, ORGANIZER)).forEach(p -> fact(p, ORGANIZER, owner.body(), owner.passage(), RELATION_RULE)));
        for (NamedProgram p : programs) {
            p.metBy.forEach((body, sentence) -> p.countries.forEach(c ->
                    emit(new Fact(body, ENGAGED_WITH, new Value.Iri(c), sentence, id("rule", "meeting")))));
        }
        if (new AggregatePrograms(text, document.text(), sink, r.matcher(), home, !programs.isEmpty()).read(sentences) == 0
                && programs.isEmpty()) {
            sink.problem(new Problem("no program named on the page", null));
        }
    }

    private List<Span> sentences() {
        return Clauses.trimmedBetween(text, new Span(0, text.length()), SENTENCE_END);
    }

    /** The page's programs, each announced to the sink with its title's facts and its year. */
    private List<NamedProgram> programs(List<Span> sentences) {
        Optional<Integer> pageYear = DatesInProse.pageYear(text, document.text());
        List<TitleFinder.Title> titles = PageTitles.of(r.names(), text, folded, sentences, pageYear, ofOtherTimes);
        List<NamedProgram> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (TitleFinder.Title t : titles) {
            String titleText = t.title().of(text).replaceAll("\\s+", " ").strip();
            Optional<Span> yearSpan = DatesInProse.titleYear(text, t.title())
                    .or(() -> sentences.stream().filter(s -> s.start() <= t.title().start() && t.title().end() <= s.end())
                            .findFirst().flatMap(s -> DatesInProse.dateYear(text, s.start(), s.end())))
                    .or(() -> DatesInProse.headingYear(text)) // 农业农村部2024年农业援外培训工作……
                    .or(() -> DatesInProse.datelineYear(document.text()))
                    .or(() -> DatesInProse.dateYear(text, 0, text.length()));
            Optional<Integer> year = yearSpan.map(y -> org.exchangeatlas.extract.DateRange.year(y.of(document.text())));
            String key = ProgramKeys.of(year, titleText);
            if (!keys.add(key)) {
                continue;
            }
            NamedProgram p = new NamedProgram(t, key, ProgramNames.key(text, t.title()));
            p.year = year;
            List<Mention> concepts = r.matcher().find(text, t.title().start(), t.title().end(), TITLE_SCHEMES);
            sink.program(new ProgramRecord(key, titleText, "zh", NoticeExtractor.englishLabel(concepts, year), t.title()));
            boolean fromTitle = yearSpan.isPresent() && yearSpan.get().start() >= t.title().start()
                    && yearSpan.get().end() <= t.title().end();
            yearSpan.ifPresent(y -> fact(p, YEAR, new Value.Typed(String.valueOf(p.year.get()), XSD + "gYear"), y,
                    fromTitle ? TITLE_RULE : DATELINE_RULE));
            concepts.forEach(m -> concept(p, m, TITLE_RULE));
            t.delivery().ifPresent(d -> r.matcher().find(text, d.start(), d.end(), List.of(scheme("delivery")))
                    .forEach(m -> concept(p, m, null)));
            out.add(p);
        }
        if (out.size() > 1) {
            NamedProgram.shortNames(out);
        }
        return out;
    }

    private boolean names(Span sentence, NamedProgram p) {
        String s = folded.substring(sentence.start(), sentence.end()).replaceAll("\\s+", "");
        return s.contains(p.folded) || (p.core.length() >= MIN_CORE && s.contains(p.core))
                || (p.shortName.length() >= MIN_CORE && p.shortNamed(s));
    }

    /**
     * A program's title says how it is delivered; else its sentences do, when they name one way
     * only; else a ceremony the page reports held at a place (在学院报告厅开班) on a page that names
     * no online delivery (云开班, 视频连线) says it was delivered in person in China.
     */
    private void delivery(NamedProgram p) {
        if (p.title.delivery().isPresent() || p.stated.contains(DELIVERY)) {
            return;
        }
        if (p.delivery.stream().map(m -> m.concept().iri()).distinct().count() == 1) {
            p.delivery.forEach(m -> concept(p, m, null));
        } else if (venues.heldInPerson(p)) {
            fact(p, DELIVERY, new Value.Iri(id("delivery", "in-china")), p.ceremony != null ? p.ceremony : p.atHome != null ? p.atHome : p.heldInChina, CEREMONY_RULE);
        }
    }

    private void relations(Span sentence, List<NamedProgram> about, Value self) {
        List<OrgMention> orgs = r.orgs().find(text, sentence.start(), sentence.end(), self);
        venues.home(orgs, o -> r.orgs().isSelfReference(text, o), about); // 我院, 本中心 (organization-names.ttl)
        if (orgs.isEmpty()) {
            return;
        }
        List<Relation> found = new ArrayList<>();
        List<Span> clauses = Credits.is(folded, sentence) ? Credits.fields(text, sentence)
                : Clauses.between(text, sentence, CLAUSE_END);
        for (Span clause : clauses) {
            found.addAll(r.clauses().read(text, clause, orgs));
        }
        for (Relation rel : found) {
            Span cited = new Span(Math.min(rel.org().span().start(), rel.cue().start()),
                    Math.max(rel.org().span().end(), rel.cue().end()));
            for (NamedProgram p : about) {
                fact(p, rel.property(), rel.org().value(), cited, RELATION_RULE);
            }
        }
    }

    private void participants(Span sentence, List<NamedProgram> about) {
        Participants who = r.participants().read(text, sentence);
        if (who.isEmpty() || about.isEmpty()) {
            return;
        }
        for (NamedProgram p : about) {
            who.count().filter(c -> p.stated.add(PARTICIPANT_COUNT)).ifPresent(c ->
                    fact(p, PARTICIPANT_COUNT, new Value.Typed(String.valueOf(c.value()), XSD + "integer"), c.span(),
                            PARTICIPANTS_RULE));
            who.countries().forEach(m -> concept(p, m, PARTICIPANTS_RULE));
            who.groups().forEach(m -> concept(p, m, PARTICIPANTS_RULE));
            who.roles().forEach(m -> concept(p, m, PARTICIPANTS_RULE));
        }
    }

    /** The roles a sentence about the participants names (学员主要为各国农业部门官员和技术人员), not its lecturers'. */
    private void roles(Span sentence, List<NamedProgram> about) {
        if (!about.isEmpty()) {
            roles.of(text, folded, sentence).forEach(m -> about.forEach(p -> concept(p, m, PARTICIPANTS_RULE)));
        }
    }

    private void dates(Span sentence, List<NamedProgram> about) {
        about.forEach(p -> p.dated(DatesInProse.dates(text, sentence, p.year)));
    }

    /** The first and last day the page states for the program: of a range where it states one, else of its opening and closing. */
    private void dates(NamedProgram p) {
        p.start().ifPresent(x -> fact(p, START_DATE, new Value.Typed(x.date().toString(), XSD + "date"), x.span(), DATES_RULE));
        p.end().ifPresent(x -> fact(p, END_DATE, new Value.Typed(x.date().toString(), XSD + "date"), x.span(), DATES_RULE));
    }

    /**
     * A revision in prose (原定于……举办的“…”调整至……) makes the page a revised notice: its facts
     * supersede the earlier notice's, as a labelled revision's do.
     */
    private void revision(Span sentence) {
        if (!revised) {
            DatesInProse.revision(folded, sentence).ifPresent(cue -> {
                revised = true;
                emit(new Fact(Iris.document(document.sha256()), DOCUMENT_KIND, new Value.Iri(id("document-kind", "revision")),
                        cue, DATES_RULE));
            });
        }
    }

    /** A concept found for a program becomes the fact its scheme implies (China is never a target). */
    private void concept(NamedProgram p, Mention m, String rule) {
        Concept c = m.concept();
        String property = isHome(c) ? null : c.programProperty().orElse(null); // vocab/scheme-properties.ttl
        if (property != null) {
            fact(p, property, new Value.Iri(c.iri()), new Span(m.start(), m.end()), rule);
            if (property.equals(TARGET_COUNTRY)) {
                p.countries.add(c.iri());
            }
        }
    }

    private boolean isHome(Concept c) {
        return home.map(h -> h.equals(c.iri())).orElse(false);
    }

    private boolean has(NamedProgram p, String property) {
        return emitted.stream().anyMatch(f -> f.subject().equals(p.iri) && f.predicate().equals(property));
    }

    private void fact(NamedProgram p, String property, Value v, Span s) {
        emit(new Fact(p.iri, property, v, s));
    }

    private void fact(NamedProgram p, String property, Value v, Span s, String rule) {
        emit(new Fact(p.iri, property, v, s, rule));
    }

    private void emit(Fact f) {
        if (emitted.add(f)) {
            sink.fact(f);
        }
    }
}
