package org.exchangeatlas.extract.report;

import static org.exchangeatlas.extract.report.ClauseNames.of;
import static org.exchangeatlas.extract.report.ReportCues.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Mention;

/**
 * How a clause of an article speaks of a program, from the words before its first program word:
 * of one already spoken of ("the seminar", "the event", "these programs"), of a new one ("a 2022
 * seminar", "795 programs"), or of others than the one reported ("several similar courses",
 * "earlier seminars"), which are no program of the article's. And the year a clause gives.
 */
final class ProgramReferences {
    /** The three ways a clause's program word may speak. */
    enum Reference { BACK, NEW, OTHERS }

    private static final Pattern WORD_BEFORE = Pattern.compile("[\\p{L}\\d'’]+");
    /** An intention, not a program run: "was ready to deepen exchanges", "plans to hold a seminar". */
    private static final Pattern INTENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:ready to|willing to|hopes? to|hoped to|plans? to|planned to|would like to|wants? to|intends? to|proposed to|agreed to"
            + "|(?:is|are|was|were) preparing|would (?:hold|host|run|organi[sz]e|offer)|(?:is|are) considering|(?:is|are) expected to)\\b");
    /**
     * A clause that reports a program of another time in detail, its days and who took part ("From 6 to
     * 26 June last year, 19 officials from … attended the Seminar on …"): the article's own report of it.
     */
    private static final Pattern DETAILED = Pattern.compile("(?i)\\b\\d{1,2}\\s*(?:to|-|–|until)\\s*\\d{1,2}\\s+"
            + "(?:" + org.exchangeatlas.extract.EnglishDateRange.MONTH_NAMES + ")\\b[^.;]*?"
            + "\\b(?:" + org.exchangeatlas.extract.prose.NumberWords.EN + ")\\s+(?:[a-z-]+\\s+)?(?:officials|officers|participants|trainees)\\b");
    /**
     * Another government's programs, named by no body of ours: "Australia … provides its own training",
     * "they continue to fund … through their own long-running support programme".
     */
    private static final Pattern THEIR_OWN = Pattern.compile("(?i)\\b(?:its|their)\\s+own\\b");
    /** An earlier edition of the program reported: another program, though named the same way. */
    private static final Pattern EARLIER_EDITION = Pattern.compile(
            "(?i)\\b(?:last year['’]s|(?:the )?previous|(?:an |the )?earlier|(?:the )?past|(?:the )?first|(?:19|20)\\d{2}['’]?s?)\\s+(?:editions?|sessions?|rounds?)\\s+of\\b");
    /** Programs as a habit, not one program: "offers Nepal dozens of training slots each year". */
    private static final Pattern HABIT = Pattern.compile("(?i)\\b(?:each|every) year\\b|\\bannually\\b|\\byear after year\\b"
            + "|\\b(?:has|have) been (?:running|holding|hosting|organi[sz]ing) (?:\\w+\\s+){0,2}?(?:courses|seminars|programmes|programs|workshops)\\b"
            + "|\\bfor (?:about |nearly |almost |over |more than )?(?:a|one|two|three|\\d+) (?:decades?|years)\\b"
            + "|\\b(?:has|have) for (?:years|decades|a long time) (?:funded|run|held|hosted|organi[sz]ed|offered|trained|sponsored)\\b|\\b(?:a decade|decades|years) ago\\b|\\bincreasingly\\b");
    /** A history of a body's programs ("has run aid courses since 1998", "has hosted 90 programs since it became a base"). */
    private static final Pattern HISTORY = Pattern.compile(
            "(?i)\\b(?:has|have|had)\\s+(?:\\w+\\s+)?(?:run|held|trained|organi[sz]ed|hosted|conducted|offered)\\b.*\\bsince\\b");
    /** A program said to be one of many: what follows describes the many ("one of several hundred short courses for …"). */
    private static final Pattern ONE_OF_MANY = Pattern.compile(
            "(?i)\\bone\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|several\\s+|many\\s+|hundreds\\s+of\\s+)?(?:[\\w-]+\\s+){0,4}?"
            + "(?:courses|programs|programmes|seminars|workshops|trainings|training\\s+programs)\\b");
    /** A call for nominations or applications: what it offers is still to come. */
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\b(?:nominations?|nominate|nominees?|application forms?|call for applications|circular|notification)\\b");
    /** Words that announce a list of programs after the clause. */
    private static final Pattern LIST_AHEAD = Pattern.compile("(?i)\\bthe following\\b|\\bas follows\\b|\\blisted below\\b|\\bbelow\\s*:");
    /** A body's record since a year, with no program word ("Since 2013, the ministry has trained more than 12,000 officials"). */
    private static final Pattern SINCE_RECORD = Pattern.compile(
            "(?i)\\bsince\\s+(?:19|20)\\d{2}\\b.*\\b(?:has|have)\\s+(?:\\w+\\s+)?(?:trained|hosted|received|welcomed)\\b");
    /** A year, not a decade ("the late 2010s" is a period) nor part of a number. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])((?:19|20)\\d{2})(?![\\d,]|['’]?s\\b)");
    /** A year that ends a name ("Vision 2030", "Agenda 2063"): a capitalized word just before it, not "In" or a month. */
    private static final Pattern PART_OF_A_NAME = Pattern.compile(
            "(?<![.!?]\\s)\\b(?!In\\b|The\\b|By\\b|Since\\b|Until\\b|" + org.exchangeatlas.extract.EnglishDateRange.MONTH_NAMES + ")"
            + "\\p{Lu}[a-z]+\\s+$");
    /** The year of another event that the clause names ("after the 2008 Wenchuan earthquake", "the 2015 floods"). */
    private static final Pattern ANOTHER_EVENT_AFTER = Pattern.compile(
            "^\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?i:earthquakes?|floods?|tsunami|cyclone|typhoon|hurricane|drought|elections?"
            + "|olympics|games|summit|crisis|pandemic|war|outbreak|uprising|reforms?)\\b");
    private static final Pattern NOT_THE_YEAR_BEFORE = Pattern.compile(
            "(?i)\\b(?:since|before|until|after|by|from|to|between|(?:beginning|starting|dating|began|begun|started) in)\\s+$");

    /**
     * What follows another country that opens a clause when that country runs the program: a verb of
     * running, after a few words of a body's name and an aside ("Australia, through its federal police,
     * separately runs a policing programme"; "the Australia Pacific Training Coalition runs courses").
     */
    private static final Pattern RUN_BY_IT = Pattern.compile(
            "^(?:\\s+\\p{Lu}[\\p{L}-]*){0,4}(?:\\s*,[^,]{1,80},)?\\s+(?:\\w+ly\\s+|also\\s+)?"
            + "(?:runs|funds|offers|provides|operates|finances|sponsors|trains|has\\s+(?:long\\s+)?(?:run|funded|offered)"
            // "Australia has for decades been the main partner of …": another donor, not a program of the bodies reported
            + "|(?:has\\s+(?:\\w+\\s+){0,3}been|is|was|remains)\\s+(?:the|a|an)\\s+(?:\\w+\\s+)?(?:partner|donor|provider|funder))\\b");
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^\\W*(?:(?i:the)\\s+)?(?:Government\\s+of\\s+(?:the\\s+)?)?");

    private final String text;
    /** Whether the text calls for nominations (a circular, a notification): its programs are still to come. */
    private final boolean call;
    private final Optional<String> homeCountry;
    /** The articles and the words of other programs (vocab/report-cues.ttl). */
    private final ReportWords words;

    ProgramReferences(String text, Optional<String> homeCountry, ReportWords words) {
        this.text = text;
        this.words = words;
        this.call = CALL.matcher(text).find();
        this.homeCountry = homeCountry;
    }

    /** Whether the clause opens with another country than the home one as the subject that runs its program. */
    private boolean runByAnotherCountry(List<Mention> names, Span clause) {
        Matcher opening = CLAUSE_OPENING.matcher(text).region(clause.start(), clause.end());
        int at = opening.lookingAt() ? opening.end() : clause.start();
        return ClauseNames.of(names, COUNTRIES).stream()
                .filter(c -> c.start() == at && homeCountry.map(h -> !h.equals(c.concept().iri())).orElse(true))
                .anyMatch(c -> RUN_BY_IT.matcher(text).region(c.end(), clause.end()).lookingAt());
    }

    /**
     * How the clause's first program word speaks: a word of other programs (vocab/report-cues.ttl) within three words
     * before it makes it others; a definite word, back ("The course was the third the agency has
     * held since 2019" is still about the course); else an intention before it ("ready to deepen
     * exchanges") or a history of a body's programs ("has run aid courses since 1998") makes it
     * others, and so does a time other than the reported program's in a clause that names no
     * program by its title ("Last year, 18 officers attended a seminar", "A seminar ... is scheduled
     * for September"); else new.
     */
    Reference of(List<Mention> names, List<Mention> cues, Span clause, boolean titled) {
        if (ONE_OF_MANY.matcher(clause.of(text)).find() || SINCE_RECORD.matcher(clause.of(text)).find()
                || THEIR_OWN.matcher(clause.of(text)).find() && ClauseNames.of(names, BODIES).isEmpty()) {
            return Reference.OTHERS; // "The Guiyang seminar was one of the short courses China funds for …": the many, not this one
        }
        if (runByAnotherCountry(names, clause)) {
            return Reference.OTHERS; // "Australia … separately runs a policing programme": not a program of the bodies reported
        }
        Optional<Mention> first = Stream.concat(ClauseNames.of(names, TYPES).stream(), ClauseNames.of(cues, PROGRAM_WORDS).stream())
                .min(Comparator.comparingInt(Mention::start));
        boolean otherTime = !call && !ClauseNames.of(cues, OTHER_TIMES).isEmpty(); // a call's programs are all to come
        if (titled && otherTime && !DETAILED.matcher(clause.of(text)).find()) {
            return Reference.OTHERS; // "Last year it hosted the Seminar on X": a program of its own, of another time
        }
        if (first.isEmpty()) {
            return Reference.NEW;
        }
        if (ClauseNames.of(cues, ANAPHORA).stream().anyMatch(a -> a.start() <= first.get().start() && first.get().end() <= a.end())
                || first.get().concept().iri().endsWith("/program-part")) {
            return Reference.BACK; // "the seminar", "these programs"; "Sessions were held in Spanish": parts of the one reported
        }
        if (EARLIER_EDITION.matcher(text.substring(clause.start(), first.get().start())).find()) {
            return Reference.OTHERS; // "Last year's edition of the seminar drew ...": another program than this year's
        }
        Reference byWords = byWordsBefore(quoteOpening(clause, first.get().start()));
        boolean intent = INTENT_BEFORE.matcher(text.substring(clause.start(), first.get().start())).find();
        boolean elsewhere = intent
                || HISTORY.matcher(clause.of(text)).find() || HABIT.matcher(clause.of(text)).find()
                || otherTime; // "Last year, 18 officers attended a seminar", "is scheduled for September"
        // "the ILD plans to expand the programme to … next year": even the program spoken of, in another time, is another
        return (byWords != Reference.BACK || intent && otherTime) && elsewhere ? Reference.OTHERS : byWords;
    }

    /**
     * Where the words that qualify a program word end: at the quote that opens the name it ends
     * ("the “2023 Cyberspace Governance Seminar”" is definite), else at the word itself.
     */
    private int quoteOpening(Span clause, int at) {
        for (int i = at - 1; i >= clause.start(); i--) {
            char c = text.charAt(i);
            if (c == '”') {
                return at;
            }
            if (c == '“' || c == '"') {
                return i;
            }
        }
        return at;
    }

    /** The reference the three words before position {@code at} make. */
    private Reference byWordsBefore(int at) {
        Matcher words = WORD_BEFORE.matcher(text.substring(Math.max(0, at - 40), at));
        List<String> before = new ArrayList<>();
        while (words.find()) {
            before.add(words.group().toLowerCase(Locale.ROOT));
        }
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 3); i--) {
            if (this.words.others().contains(before.get(i))) {
                return Reference.OTHERS;
            }
            if (this.words.definite().contains(before.get(i))) {
                return Reference.BACK;
            }
            if (this.words.indefinite().contains(before.get(i))) {
                return Reference.NEW;
            }
        }
        return Reference.NEW;
    }

    /**
     * The body a clause makes the sponsor of the programs it goes on to list ("the Ministry of
     * Commerce will fund the following short courses"): each program listed after it is its.
     */
    Optional<String> listSponsor(Span clause, List<org.exchangeatlas.extract.prose.Relation> relations) {
        return LIST_AHEAD.matcher(clause.of(text)).find()
                ? ClauseRelations.organizerIris(relations).stream().findFirst() : Optional.empty();
    }

    /** Whether a clause without a program word tells a body's record rather than more of the program spoken of. */
    boolean record(Span clause) {
        return SINCE_RECORD.matcher(clause.of(text)).find();
    }

    /** The year a clause gives its program: its only year, unless a word makes it a bound (since 2018). */
    Optional<Integer> year(Span clause) {
        Matcher y = YEAR.matcher(text).region(clause.start(), clause.end());
        Integer found = null;
        int at = -1;
        while (y.find()) {
            int v = Integer.parseInt(y.group(1));
            if (found != null && found != v) {
                return Optional.empty();
            }
            found = v;
            at = y.start();
        }
        if (found == null || NOT_THE_YEAR_BEFORE.matcher(text.substring(Math.max(clause.start(), at - 16), at)).find()
                || PART_OF_A_NAME.matcher(text.substring(Math.max(clause.start(), at - 20), at)).find()
                || ANOTHER_EVENT_AFTER.matcher(text.substring(at + 4, Math.min(clause.end(), at + 60))).find()) {
            return Optional.empty();
        }
        return Optional.of(found);
    }
}
