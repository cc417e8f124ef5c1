package org.exchangeatlas.extract.report;

import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.ProgramKeys;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;

/**
 * A program an article reports, as its sentences are read: the bodies that run it, then what the
 * sentences tied to it say (targets, roles, topics, requirements, kinds, delivery, year). It
 * becomes an {@code atlas:ReportedProgram} once a sentence says what it is about (a target, role,
 * topic or requirement); a body's programs in general ("the ministry's 795 programs") are none.
 * It is emitted when the article has been read ({@link #finish}), keyed by the name the article
 * quotes for it, else by its bodies, concepts and year: the same statement in another article (a
 * copy on a second site) gives the same program, with a second claim.
 */
final class ReportedProgram {
    /** A fact stated of the program; {@code only}: the one of its names the sentence spoke of, or null for all. */
    private record Stated(String predicate, Value value, Span span, String rule, String only) {
        Stated(String predicate, Value value, Span span) {
            this(predicate, value, span, null, null);
        }

        Stated(String predicate, Value value, Span span, String rule) {
            this(predicate, value, span, rule, null);
        }
    }

    private static final String VENUE_RULE = id("rule", "report-venue");
    private static final String DATELINE_RULE = id("rule", "dateline-year");
    /** A sentence of a habit or of another year than the dispatch's: "since 2018", "annual workshops", "in 2024". */
    private static final java.util.regex.Pattern OTHER_YEARS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:19|20)\\d{2}\\b|\\b(?:annual|annually|every year|each year|since|regularly|usually|typically)\\b");

    /**
     * A name the article quotes for the program, with what the name itself says (its topics,
     * roles, targets), each as a property and a concept IRI.
     */
    record Title(String name, Span span, List<Map.Entry<String, String>> says) {}

    /** The bodies that run it; none while the article has not named its sponsor yet. */
    private List<Concept> bodies;
    private final Set<String> targets = new LinkedHashSet<>();
    private final Set<String> concepts = new TreeSet<>();
    private final List<Concept> labelled = new ArrayList<>();
    private final List<Stated> pending = new ArrayList<>();
    private Optional<Integer> year = Optional.empty();
    /**
     * The program's own names, where the article quotes them ("Seminar on Port Management for ...");
     * a sentence that quotes two ("the "A" and the "B" closed") speaks of two programs alike.
     */
    private final List<Title> titles = new ArrayList<>();
    /** The name the sentence being read speaks of, when it names one of several; null otherwise. */
    private String focus;
    /** The sentence that first said what the program is about; null while none has. */
    private Span founding;
    /** Where a sentence about the program names the place in China it is held at; null if none does. */
    /** A count stated, and how many countries its sentence named. */
    private record Counted(int n, int countries) {}

    /** The count stated so far, if {@link #count} stated one. */
    private Counted counted;
    private Span venue;
    /** The sentence that places it in China, which may date it by its dispatch. */
    private String venueText = "";

    ReportedProgram(List<Concept> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    List<Concept> bodies() {
        return bodies;
    }

    /**
     * Takes {@code sponsors} as the bodies that run it, when it had none (reported before its
     * sponsor was named); whether it did.
     */
    boolean adopt(List<Concept> sponsors) {
        if (!bodies.isEmpty() || sponsors.isEmpty()) {
            return false;
        }
        bodies = List.copyOf(sponsors);
        return true;
    }

    /** Whether the article gave the program a name of its own. */
    boolean named() {
        return !titles.isEmpty();
    }

    List<String> bodyIris() {
        return bodies.stream().map(Concept::iri).toList();
    }

    Set<String> targets() {
        return targets;
    }

    /** Whether a body named where this program is spoken of may be its organizer's. */
    boolean runBy(List<Concept> others) {
        return bodyIris().equals(others.stream().map(Concept::iri).toList());
    }

    /** The organizers, stated by the sentence at {@code span}. */
    void organizers(Span span, RecordSink sink) {
        bodies.forEach(b -> state(ORGANIZER, new Value.Iri(b.iri()), span, sink));
    }

    /** The number of participants, the first a sentence states. */
    void count(int n, int countries, Span span, RecordSink sink) {
        if (counted != null && counted.countries() <= 1 && countries >= 2 && n > counted.n()) {
            // "Six officers of Ghana returned …" then "27 participants from Ghana, Nigeria … attended the course":
            // one country's delegation first, the whole class after
            pending.removeIf(f -> f.predicate().equals(PARTICIPANT_COUNT));
            state(PARTICIPANT_COUNT, new Value.Typed(String.valueOf(n), XSD + "integer"), span, sink);
            counted = new Counted(n, countries);
        } else if (!stated(PARTICIPANT_COUNT)) { // the first number of what the sentence speaks of (one name, or all)
            state(PARTICIPANT_COUNT, new Value.Typed(String.valueOf(n), XSD + "integer"), span, sink);
            if (counted == null) {
                counted = new Counted(n, countries);
            }
        }
    }

    /** Another organization a cue of the sentence at {@code span} names (a host, a co-organizer). */
    void related(String predicate, Value v, Span span, RecordSink sink) {
        state(predicate, v, span, sink);
    }

    /** A concept the sentence at {@code span} ties to the program, with the property it gives. */
    void concept(String predicate, Concept c, Span span, RecordSink sink) {
        if (predicate.equals(TARGET_GROUP) || predicate.equals(TARGET_COUNTRY)) {
            targets.add(c.iri());
        }
        if (!predicate.equals(PROGRAM_TYPE) && !predicate.equals(DELIVERY)) {
            concepts.add(c.iri());
        }
        if (labelled.stream().noneMatch(l -> l.iri().equals(c.iri()))) {
            labelled.add(c);
        }
        state(predicate, new Value.Iri(c.iri()), span, sink);
    }

    /** The year the sentence at {@code span} gives (the first a sentence gives keys the program). */
    void year(int y, Span span, RecordSink sink) {
        if (year.isEmpty()) {
            year = Optional.of(y);
        }
        state(YEAR, new Value.Typed(String.valueOf(y), XSD + "gYear"), span, sink);
    }

    /** The year the article has given the program so far. */
    Optional<Integer> year() {
        return year;
    }

    /** The opening and closing days a sentence states, the first of each. */
    void days(EnglishProseDates.Stated d, RecordSink sink) {
        d.start().filter(x -> !stated(START_DATE)).ifPresent(x ->
                state(START_DATE, new Value.Typed(x.date().toString(), XSD + "date"), x.span(), sink));
        d.end().filter(x -> !stated(END_DATE)).ifPresent(x ->
                state(END_DATE, new Value.Typed(x.date().toString(), XSD + "date"), x.span(), sink));
    }

    /** Whether a fact of {@code predicate} is stated already of what the sentence speaks of. */
    private boolean stated(String predicate) {
        return pending.stream().anyMatch(f -> f.predicate().equals(predicate) && java.util.Objects.equals(f.only(), focus));
    }

    /** A name the article quotes for the program, wherever the article gives it. */
    void title(Title t) {
        if (titles.stream().noneMatch(x -> x.name().equals(t.name()))) {
            titles.add(t);
        }
    }

    /** A place in China the program is held at, named in the sentence at {@code span} (the first one counts). */
    void heldInChina(Span span, String text) {
        if (venue == null) {
            venue = span;
            venueText = span.of(text);
        }
    }

    /** Marks the program reported once a sentence says what it is about, or it is named by its own name. */
    void settle(Span founding, RecordSink sink) {
        if (this.founding == null && (!concepts.isEmpty() || !titles.isEmpty())) {
            this.founding = founding;
        }
    }

    /** What makes a program without a name or a target one that was run: who or how many took part, or when. */
    private static final java.util.Set<String> DETAILS = java.util.Set.of(PARTICIPANT_COUNT, PARTICIPANT_ROLE, START_DATE, END_DATE);

    /**
     * At the article's end, emits the program if it was reported, with every fact its sentences
     * stated: the key is made only now, so that a name or a year the article gives after the
     * program's first sentence ("The seminar, officially titled ...") names it. A named program is
     * keyed by its name, like a notice's; else by its bodies, concepts and year. Where the article
     * quoted several names for what it spoke of as one ("both courses were hosted by ..."), each
     * name is a program with the facts stated of them all and what its own name says; a number of
     * participants stated of them all is their total, no one program's, and is left out. A program
     * held at a place in China, on a page that names no online delivery, was delivered in person in
     * China.
     */
    void finish(RecordSink sink, boolean onlineOnThePage, Optional<Integer> dispatchYear) {
        if (founding == null && titles.isEmpty() || bodies.isEmpty()) {
            return; // nothing said of it, or no body ever named as running it
        }
        if (titles.isEmpty() && venue == null && targets.isEmpty() && pending.stream().noneMatch(f -> DETAILS.contains(f.predicate()))) {
            return; // a program without a name, a target, its participants, a day or a place ("Programmes on trade and
                    // agriculture make up the bulk of that catalogue"): what a body teaches, not a program it ran
        }
        if (year.isEmpty()) {
            // the year of the days the article gives it ("ran from 4 to 13 September", in a 2023 dispatch)
            pending.stream().filter(f -> f.predicate().equals(START_DATE) || f.predicate().equals(END_DATE)).findFirst()
                    .ifPresent(d -> {
                        year = Optional.of(Integer.parseInt(((Value.Typed) d.value()).lexical().substring(0, 4)));
                        pending.add(new Stated(YEAR, new Value.Typed(String.valueOf(year.get()), XSD + "gYear"), d.span(),
                                null, d.only()));
                    });
        }
        if (year.isEmpty() && venue != null && dispatchYear.isPresent() && !OTHER_YEARS.matcher(venueText).find()) {
            // a dispatch's program that opened, ran or closed at a place in China, with no year of its own: the dispatch's
            year = dispatchYear;
            pending.add(new Stated(YEAR, new Value.Typed(String.valueOf(year.get()), XSD + "gYear"), venue, DATELINE_RULE));
        }
        if (venue != null && !onlineOnThePage && pending.stream().noneMatch(f -> f.predicate().equals(DELIVERY))) {
            pending.add(new Stated(DELIVERY, new Value.Iri(id("delivery", "in-china")), venue, VENUE_RULE));
        }
        if (titles.isEmpty()) {
            StringBuilder k = new StringBuilder("reported|");
            k.append(String.join(",", new TreeSet<>(bodyIris()))).append('|').append(String.join(",", concepts));
            String key = ProgramKeys.of(year, k.toString());
            sink.program(new ProgramRecord(key, null, "en", label(), founding, REPORTED_PROGRAM));
            emitAll(id("program", key), pending, sink);
            return;
        }
        boolean several = titles.size() > 1;
        for (Title t : titles) {
            String key = ProgramKeys.of(year, t.name());
            String iri = id("program", key);
            sink.program(new ProgramRecord(key, t.name(), "en", label(), t.span(), PROGRAM));
            List<Stated> facts = new ArrayList<>(pending.stream()
                    .filter(f -> f.only() == null ? !several || !f.predicate().equals(PARTICIPANT_COUNT) : f.only().equals(t.name()))
                    .map(f -> new Stated(f.predicate(), f.value(), f.span(), f.rule())).toList());
            t.says().forEach(e -> facts.add(new Stated(e.getKey(), new Value.Iri(e.getValue()), t.span())));
            emitAll(iri, facts, sink);
        }
    }

    private static void emitAll(String iri, List<Stated> facts, RecordSink sink) {
        Set<Stated> emitted = new java.util.HashSet<>();
        for (Stated s : facts) {
            if (emitted.add(s)) {
                sink.fact(new Fact(iri, s.predicate(), s.value(), s.span(), s.rule()));
            }
        }
    }

    /**
     * Whether what the next sentences state is of one of the program's names only (a sentence that
     * names "the Seminar on Single Window ..." of two seminars reported together), or of all (null).
     */
    /** Whether the article quoted {@code name} for this program. */
    boolean named(String name) {
        return titles.stream().anyMatch(t -> t.name().equals(name));
    }

    void focus(String name) {
        focus = name;
    }

    private void state(String predicate, Value v, Span span, RecordSink sink) {
        Stated s = new Stated(predicate, v, span, null, focus);
        if (!pending.contains(s)) {
            pending.add(s);
        }
    }

    /** "Ministry of Commerce seminar on TOPIC for ROLE from TARGET, YEAR (reported)". */
    private String label() {
        List<String> types = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (Concept c : labelled) {
            String l = c.displayLabel();
            if (c.inScheme(ReportCues.TYPES)) {
                types.add(l);
            } else if (c.inScheme(ReportCues.TOPICS)) {
                topics.add(l);
            } else if (c.inScheme(ReportCues.ROLES)) {
                roles.add(l);
            } else if (c.inScheme(ReportCues.GROUPS) || c.inScheme(ReportCues.COUNTRIES)) {
                to.add(l);
            }
        }
        StringBuilder b = new StringBuilder(String.join(" and ", bodies.stream().map(Concept::displayLabel).toList()));
        b.append(' ').append(types.isEmpty() ? "program" : String.join(" and ", types));
        if (!topics.isEmpty()) {
            b.append(" on ").append(String.join(" and ", topics));
        }
        if (!roles.isEmpty()) {
            b.append(" for ").append(String.join(" and ", roles));
        }
        if (!to.isEmpty()) {
            b.append(" from ").append(String.join(" and ", to));
        }
        year.ifPresent(y -> b.append(", ").append(y));
        return b.append(" (reported)").toString();
    }
}
