package org.exchangeatlas.extract.report;

import static org.exchangeatlas.extract.report.ClauseNames.concepts;
import static org.exchangeatlas.extract.report.ClauseNames.of;
import static org.exchangeatlas.extract.report.ClauseNames.within;
import static org.exchangeatlas.extract.report.ReportCues.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Clauses;
import org.exchangeatlas.extract.prose.Participants;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.extract.prose.Relation;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The reading of one article: its state (the body its documents came from, the program each
 * paragraph is speaking of) lives here and nowhere else.
 * <pre>
 * paragraphs -> sentences -> names (bodies, countries, groups, roles, topics, kinds, requirements)
 *                            and cues (meetings, anaphora, document words, program words)
 *   first pass: the source body, named beside the documents ("files of China's Ministry of Commerce")
 *   second pass, clause by clause:
 *     a meeting ("met with")       -> atlas:engagedWith from the body to each country; no program
 *     a denied clause ("did not")   -> nothing
 *     a program word ("seminars")   -> a program of the clause's bodies (or the source body, for
 *                                      "the ministry", "these programs"), tied to the clause's names;
 *                                      "the event" points back to the program spoken of, "several
 *                                      similar courses" to others: nothing ({@link ProgramReferences})
 *     names without a program word  -> more about the paragraph's program, if no other body is named
 *                                      (in a later paragraph: only roles, topics, requirements)
 *     a body "together with" another -> both run the program
 *   every sentence: its figures, about the document
 * </pre>
 * A program's targets are only those of the clauses that speak of it: a body named in another
 * paragraph, or beside a country without a program word, gets none.
 */
final class ArticleReading {
    /**
     * Where a sentence holds two statements: ";", ", while/whereas/but", a relative ", which", and
     * what came before or after ("..., following courses in Madagascar and Mozambique").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i);|,\\s+(?:while|whereas|but|which|following|after|before|preceded by|succeeding)\\b|\\s+whereas\\b");

    private record Sentence(Span span, List<Mention> names, List<Mention> cues) {
        boolean has(String scheme) {
            return cues.stream().anyMatch(m -> m.concept().inScheme(scheme))
                    || names.stream().anyMatch(m -> m.concept().inScheme(scheme));
        }
    }

    private final String text;
    private final String documentIri;
    private final RecordSink sink;
    private final DictionaryMatcher matcher;
    private final Vocabulary vocabulary;
    private final ClauseNames clauseNames;
    private final VenueInChina venues;
    /** The year of the article's first full date (its dateline): the year of a day written without one. */
    private final java.util.Optional<Integer> articleYear;
    private final ProgramReferences references;
    private final Figures figures;
    private final ClauseRelations relations;
    private final QuotedTitles titles;
    /** The sentences after the one being read (three at most): one may name the sponsor ("The event was sponsored by ..."). */
    private List<Span> upcoming = List.of();
    private static final int LOOK_AHEAD = 3;

    private Concept sourceBody;
    private Concept lastBody;
    /** The program last spoken of; "the seminar" in a later paragraph still means it. */
    private ReportedProgram current;
    /** Every program the article has spoken of, emitted when it has been read. */
    private final List<ReportedProgram> reported = new ArrayList<>();
    /** Whether the current paragraph has spoken of {@link #current}: its sentences without a body are about it. */
    private boolean inThisParagraph;
    /** Each body a cue of the article names as sponsor, with the first sentence that does. */
    private final java.util.Map<String, Span> sponsors = new java.util.LinkedHashMap<>();
    /** Whether the clause being read states the current program's organizers (it names them, or begins the program). */
    private boolean pendingOrganizers;
    private final Pattern negation;

    ArticleReading(String text, String documentIri, RecordSink sink, DictionaryMatcher matcher,
                   Vocabulary vocabulary, ReportWords words, ClauseRelations relations, java.util.Optional<Integer> articleYear) {
        this.relations = relations;
        this.titles = new QuotedTitles(matcher, vocabulary);
        this.text = text;
        this.documentIri = documentIri;
        this.sink = sink;
        this.matcher = matcher;
        this.vocabulary = vocabulary;
        this.clauseNames = new ClauseNames(text, vocabulary, words);
        this.negation = words.negation(); // a clause of a denial: its programs are not reported as run
        this.venues = new VenueInChina(matcher);
        this.articleYear = articleYear;
        this.references = new ProgramReferences(text, vocabulary.homeCountry(), words);
        this.figures = new Figures(matcher);
    }

    void read() {
        List<List<Sentence>> paragraphs = new ArrayList<>();
        for (Span p : Sentences.paragraphs(text)) {
            List<Sentence> sentences = new ArrayList<>();
            for (Span s : Sentences.of(text, p)) {
                sentences.add(analyse(s));
            }
            paragraphs.add(sentences);
        }
        paragraphs.stream().flatMap(List::stream).filter(s -> sourceBody == null).forEach(this::findSource);
        List<Span> all = paragraphs.stream().flatMap(List::stream).map(Sentence::span).toList();
        int k = 0;
        for (List<Sentence> paragraph : paragraphs) {
            inThisParagraph = false;
            // a paragraph speaks of the program as a whole until it names one of its names, then of that one
            java.util.Optional.ofNullable(current).ifPresent(p -> p.focus(null));
            for (int i = 0; i < paragraph.size(); i++) {
                Sentence s = paragraph.get(i);
                k++;
                upcoming = all.subList(k, Math.min(all.size(), k + LOOK_AHEAD));
                for (Figures.Figure f : figures.find(text, s.span(), s.has(DOCUMENTS))) {
                    sink.fact(new Fact(documentIri, f.property(), f.value(), s.span()));
                }
                if (paragraph.size() == 1 && Sentences.headline(text, s.span())) {
                    continue; // a headline repeats what its article's lead says, in fewer words
                }
                Boolean tied = false; // null: the clause before spoke of other programs, and so does its relative clause
                for (Span clause : Clauses.between(text, s.span(), CLAUSE_BREAK)) {
                    boolean relative = Sentences.relative(text, clause);
                    tied = tied == null && relative ? null : read(s, clause, Boolean.TRUE.equals(tied) && relative);
                }
            }
        }
        if (sponsors.size() == 1 && reported.stream().filter(ReportedProgram::named).count() == 1) {
            // an article of one named program and one sponsor: "It was financed by MOFCOM", paragraphs after the name
            var only = sponsors.entrySet().iterator().next();
            vocabulary.concept(only.getKey()).ifPresent(b -> reported.stream().filter(ReportedProgram::named)
                    .filter(p -> p.adopt(List.of(b))).forEach(p -> p.organizers(only.getValue(), sink)));
        }
        boolean online = clauseNames.onlineOnThePage(matcher.find(text, 0, text.length(), List.of(DELIVERY_MODES)), all);
        reported.forEach(p -> p.finish(sink, online, articleYear));
    }

    private Sentence analyse(Span s) {
        List<Mention> names = UnitsRecord.about(text, s, TopicContext.about(text, s, matcher.find(text, s.start(), s.end(), NAMES)));
        List<Mention> cues = new ArrayList<>();
        for (List<String> schemes : CUES) {
            matcher.find(text, s.start(), s.end(), schemes).stream()
                    .filter(c -> !c.concept().inScheme(NON_PROGRAM_WORDS))
                    .filter(c -> names.stream().noneMatch(n -> n.start() < c.end() && c.start() < n.end()))
                    .forEach(cues::add);
        }
        return new Sentence(s, names, cues);
    }

    /** The body named beside a document word, the nearest if several: where the article's programs come from. */
    private void findSource(Sentence s) {
        DocumentSource.nearest(of(s.cues(), DOCUMENTS), of(s.names(), BODIES)).ifPresent(b -> sourceBody = b);
    }

    /** Reads a clause; whether it was tied to a program ({@code relative}: it says more of the one the clause before was). */
    private Boolean read(Sentence s, Span clause, boolean relative) {
        List<TitleFinder.Title> quoted = titles.all(text, clause.start(), clause.end());
        List<Mention> names = titles.outsideSeveral(within(s.names(), clause), quoted);
        List<Mention> cues = within(s.cues(), clause);
        Named n = clauseNames.named(names, cues, clause);
        if (n.meeting()) {
            engagements(n, s.span());
            return false;
        }
        remember(n.bodies());
        pendingOrganizers = false;
        if (negation.matcher(clause.of(text)).find()) {
            return false;
        }
        List<Relation> rels = relations.of(clause);
        ClauseRelations.organizerIris(rels).forEach(i -> sponsors.putIfAbsent(i, s.span()));
        references.listSponsor(clause, rels).flatMap(vocabulary::concept).ifPresent(b -> sourceBody = b); // "will fund the following courses"
        n = n.withBodies(ClauseRelations.organizers(n.bodies(), rels));
        ProgramReferences.Reference reference = n.programWord() ? references.of(names, cues, clause, !quoted.isEmpty()) : null;
        if (reference == ProgramReferences.Reference.OTHERS) {
            return null; // "several similar courses": other programs than the one reported
        }
        boolean tied = n.programWord() ? program(n, reference == ProgramReferences.Reference.BACK, quoted)
                : !references.record(clause) && (continues(n) || relative && current != null && n.bodies().isEmpty());
        if (tied) {
            tie(n, clause, s.span(), quoted);
        }
        if (current != null && current.adopt(ClauseRelations.organizerIris(rels).stream()
                .flatMap(i -> vocabulary.concept(i).stream()).toList())) {
            current.organizers(s.span(), sink); // the sponsor of a program reported before without one
        }
        if ((tied || inThisParagraph) && current != null) {
            if (!tied && venues.in(text, clause)) {
                current.heldInChina(s.span(), text); // ", which ran from July 2 to July 22 in Zhengzhou"
            }
            Participants who = relations.participants(clause);
            long countries = who.countries().stream().map(c -> c.concept().iri()).distinct()
                    .filter(c -> vocabulary.homeCountry().map(h -> !h.equals(c)).orElse(true)).count();
            who.count().ifPresent(c -> current.count(c.value(), (int) countries, s.span(), sink));
            for (Relation r : rels) {
                boolean bodyOrganizer = r.property().equals(ORGANIZER) && r.org().body() && tied;
                if (!bodyOrganizer) {
                    current.related(r.property(), r.org().value(), s.span(), sink);
                }
            }
        }
        return tied;
    }

    /** The bodies the next sentence names as sponsors ("The event was sponsored by ..."), for a program named without one. */
    private List<Concept> sponsorsAhead() {
        for (Span next : upcoming) {
            List<Concept> found = ClauseRelations.organizerIris(relations.of(next)).stream()
                    .flatMap(i -> vocabulary.concept(i).stream()).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** A meeting: each body that met (named, pointed to, or last named) engaged with each country. */
    private void engagements(Named n, Span sentence) {
        List<Concept> subjects = !n.bodies().isEmpty() ? n.bodies()
                : n.anaphor() && resolve() != null ? List.of(resolve())
                : lastBody != null ? List.of(lastBody) : List.of();
        for (Concept b : subjects) {
            for (Concept c : n.countries()) {
                sink.fact(new Fact(b.iri(), ENGAGED_WITH, new Value.Iri(c.iri()), sentence));
            }
        }
        remember(n.bodies());
    }

    /**
     * A clause with a program word: the program it points back to, or a new one of the bodies it
     * names ("the ministry" and "these programs" name the source body; a partner named "together
     * with" joins them), of the paragraph's program's bodies, or else of the source body. Whether
     * there is a program to tie the clause's names to.
     */
    private boolean program(Named n, boolean refersBack, List<TitleFinder.Title> quoted) {
        List<Concept> named = new ArrayList<>(!n.bodies().isEmpty() ? n.bodies()
                : n.anaphor() && resolve() != null ? List.of(resolve())
                : !n.partners().isEmpty() && current != null && inThisParagraph ? current.bodies()
                : !n.partners().isEmpty() && sourceBody != null ? List.of(sourceBody) : List.of());
        if (!named.isEmpty()) {
            n.partners().stream().filter(p -> named.stream().noneMatch(b -> b.iri().equals(p.iri()))).forEach(named::add);
        }
        // a clause that names a body and nothing the program is about, while the program spoken of has no
        // sponsor yet, names its sponsor ("It was sponsored by ... as part of its aid programme")
        // a name quoted before returns to the program that bears it ("The Seminar on X is held ...", after "X and Y opened")
        reported.stream().filter(p -> quoted.stream().anyMatch(t -> p.named(titles.saying(text, t).name()))).findFirst()
                .ifPresent(p -> current = p);
        boolean returning = current != null && quoted.stream().anyMatch(t -> current.named(titles.saying(text, t).name()))
                && (named.isEmpty() || current.runBy(named));
        boolean same = returning || current != null && (refersBack || !n.about())
                && (refersBack && (named.isEmpty() || current.runBy(named)) || current.adopt(named));
        if (!same) {
            List<Concept> ahead = named.isEmpty() ? sponsorsAhead() : List.of();
            List<Concept> organizers = !named.isEmpty() ? named
                    : !ahead.isEmpty() ? ahead
                    : current != null && inThisParagraph ? current.bodies()
                    : sourceBody != null ? List.of(sourceBody) : List.of();
            if (organizers.isEmpty() && !n.about()) {
                return false;
            }
            current = new ReportedProgram(organizers); // none yet: its sponsor may be named later ("The course was funded by ...")
            reported.add(current);
        }
        pendingOrganizers = !same || !named.isEmpty();
        inThisParagraph = true;
        return true;
    }

    /**
     * A clause without a program word says more about the program last spoken of when it names no
     * other body, and, in a later paragraph, no body, and no target unless the article has spoken of
     * this program only. Targets other than the program's say nothing of it.
     */
    private boolean continues(Named n) {
        if (!n.about() || current == null || !(n.bodies().isEmpty() || current.runBy(n.bodies()))) {
            return false;
        }
        if (!inThisParagraph && !(n.bodies().isEmpty() && n.partners().isEmpty()
                && (n.targets().isEmpty() || reported.size() == 1))) {
            return false;
        }
        // other targets without a program word: some of the participants ("a third came from Belt
        // and Road countries"), not a program of their own, and not the program's targets either;
        // but countries name the members of a program's group ("from nine countries, namely ...")
        List<Concept> others = n.targets().stream().filter(t -> !current.targets().contains(t.iri())).toList();
        boolean countriesOfAGroup = others.stream().allMatch(t -> t.inScheme(COUNTRIES));
        return others.isEmpty() || current.targets().isEmpty() || countriesOfAGroup;
    }

    /** Ties the clause's names to the current program, each fact citing the sentence. */
    private void tie(Named n, Span clause, Span sentence, List<TitleFinder.Title> quoted) {
        List<ReportedProgram.Title> named = quoted.stream().map(t -> titles.saying(text, t)).toList();
        named.forEach(current::title);
        if (!named.isEmpty()) {
            current.focus(named.size() == 1 ? named.get(0).name() : null);
        }
        if (pendingOrganizers) {
            current.organizers(sentence, sink);
            pendingOrganizers = false;
        }
        // each concept gives what vocab/scheme-properties.ttl says its scheme gives (a country: a target country)
        java.util.stream.Stream.of(n.groups(), n.countries(), n.roles(), n.topics()).flatMap(List::stream)
                .forEach(c -> current.concept(c.programProperty().orElseThrow(), c, sentence, sink));
        n.requirements().forEach(c -> current.concept(REQUIREMENT, c, sentence, sink));
        java.util.stream.Stream.of(n.types(), n.delivery()).flatMap(List::stream)
                .forEach(c -> current.concept(c.programProperty().orElseThrow(), c, sentence, sink));
        references.year(clause).ifPresent(y -> current.year(y, sentence, sink));
        current.days(EnglishProseDates.in(text, clause, current.year().or(() -> articleYear)), sink);
        if (venues.in(text, clause)) {
            current.heldInChina(sentence, text);
        }
        current.settle(sentence, sink);
    }

    /** The body "the ministry" and "these programs" point to: the documents' source, else the last body named. */
    private Concept resolve() {
        return sourceBody != null ? sourceBody : lastBody;
    }

    private void remember(List<Concept> bodies) {
        if (!bodies.isEmpty()) {
            lastBody = bodies.get(bodies.size() - 1);
        }
    }
}
