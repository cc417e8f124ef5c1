package org.exchangeatlas.extract.report;

import static org.exchangeatlas.extract.report.ReportCues.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.ClausePattern;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.LabelNormalizer;
import org.exchangeatlas.vocab.Mention;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Sorts the names and cues found in a clause of an article into {@link Named}: which bodies may
 * run a program and which are named as another's partner ("together with the Ministry of
 * Commerce"), the targets (never the home country), roles, topics, requirements (by a cue or a
 * clause pattern of the requirements vocabulary), kinds and delivery.
 */
final class ClauseNames {
    private static final Pattern WORD_AFTER = Pattern.compile("[ \\t]+([A-Za-z-]+)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z-]+)[ \\t]+$");
    private static final Pattern PROGRAM_NOUN = Pattern.compile(
            "(?i)seminars?|courses?|workshops?|training|trainings|sessions?|programs?|programmes?|classes|class|lectures?|"
            + "forums?|exchanges?|modules?|events?|opening|closing|ceremony|ceremonies|and|or|via|through|from|in|with|for|on|"
            + "due|because|while|during|until|since|as|this|last|instead");
    private static final Pattern DELIVERY_VERB = Pattern.compile(
            "(?i)held|conducted|delivered|taught|run|place|rest|others|attended|joined|participated|streamed|"
            + "was|is|be|been|entirely|fully|partly|mostly|only");
    /** Who teaches, not who learns: the roles of a clause about lecturers are theirs ("Lecturers included researchers"). */
    private static final Pattern LECTURERS = Pattern.compile(
            "(?i)\\b(?:lecturers?|lectures? (?:by|from|were given by)|speakers?|taught by|instructors?|trainers|heard from|briefed by)\\b");
    /** An organization's name up to a topic's words: "Ministry of", "Institute for Rural ...". */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "\\b(?:Ministry|Department|Institute|Center|Centre|University|Academy|Bureau|Office|Commission|Administration|Agency)"
            + "\\s+(?:of|for)\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}-]*\\s+(?:and\\s+|&\\s+)?)*$");
    /** The rest of an organization's name after a word of it: " and Forestry University", " Research Institute". */
    private static final Pattern NAME_AFTER = Pattern.compile(
            "(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*){0,4}\\s+(?:University|Institute|College|Academy|Center|Centre|School"
            + "|Alliance|Association|Bureau|Administration|Commission|Council|Authority)\\b");
    private static final Pattern OFFICIALS_OF = Pattern.compile(
            "\\bofficials\\s+(?:and\\s+(?:[a-z-]+\\s+){1,2}?)?(?:from|of)\\s+(?!the\\b)"
            + "|(?i)(?<![\\d,.])\\b(?!(?:19|20)\\d{2}\\b)(?:" + org.exchangeatlas.extract.prose.NumberWords.EN + ")\\s+(?:[a-z-]+\\s+){0,2}?(?:officials|civil servants)\\b");
    static final String GOVERNMENT_OFFICIALS = org.exchangeatlas.model.AtlasTerms.id("role", "government-officials");
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "(?i)['’]s\\s+(?:own\\s+)?(?:\\w+\\s+)?(?:training\\s+)?(?:center|centre|academy|institute|school|college|base)\\b");
    /**
     * A person's post or trade and the word that ties it to the body named next: a lecturer's or
     * speaker's employer, or the trainees' own ("officers drawn from the Ministry of Finance").
     */
    private static final Pattern AFFILIATION_BEFORE = Pattern.compile("(?i)\\b(?:engineers?|experts?|researchers?|lecturers?|professors?"
            + "|scholars?|director(?:-general)?s?|deputy|minister|vice[- ]minister|spokes(?:person|man|woman)|secretary|counsell?or"
            + "|representatives?|specialists?)\\s+(?:of|at|from|with)\\s+(?:the\\s+)?(?:China['’]s\\s+|Chinese\\s+)?"
            + "(?:[\\p{L}'’-]+\\s+){0,8}?\\(?$"
            + "|\\b(?:officials|officers|participants|trainees|civil servants|staff)\\s+(?:(?:drawn|selected|seconded|nominated)\\s+)?"
            + "(?:of|from)\\s+(?:the\\s+)?$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\b");
    /** A country that sends or hosts a diplomat, not trainees: "the Embassy of Sri Lanka", "Ambassador to Nepal". */
    private static final Pattern DIPLOMATIC_BEFORE = Pattern.compile(
            "(?i)\\b(?:embassy|ambassador|consulate(?:[- ]general)?|consul(?:[- ]general)?|high commission(?:er)?|envoy)\\s+(?:of|to|in)\\s+(?:the\\s+)?$");

    private final String text;
    private final Vocabulary vocabulary;
    private final Optional<String> homeCountry;
    private final List<ClausePattern> clausePatterns;
    /** What introduces a body that runs a program with another: "together with" (vocab/report-cues.ttl). */
    private final ReportWords words;

    ClauseNames(String text, Vocabulary vocabulary, ReportWords words) {
        this.text = text;
        this.words = words;
        this.vocabulary = vocabulary;
        this.homeCountry = vocabulary.homeCountry();
        this.clausePatterns = vocabulary.clausePatterns();
    }

    Named named(List<Mention> names, List<Mention> cues, Span clause) {
        boolean meeting = !of(cues, ENGAGEMENT).isEmpty();
        List<Concept> countries = concepts(of(names, COUNTRIES).stream().filter(c -> meeting || !possessive(c)).toList())
                .stream().filter(c -> homeCountry.map(h -> !h.equals(c.iri())).orElse(true)).toList();
        // "the Commission for Technical and Vocational Education and Training": a name, not a program word
        List<Mention> types = of(names, TYPES).stream().filter(t -> !inABodysName(t)).toList();
        return new Named(
                concepts(of(names, BODIES).stream().filter(b -> !partner(b) && !ownUnit(b) && !foreign(b, names)
                        && (meeting || !affiliation(b))).toList()),
                concepts(of(names, BODIES).stream().filter(this::partner).toList()),
                !of(cues, ANAPHORA).isEmpty(), countries, concepts(of(names, GROUPS).stream().filter(g -> !inAUnitsName(g)).toList()),
                LECTURERS.matcher(clause.of(text)).find() ? List.of() : roles(names, clause),
                concepts(of(names, TOPICS).stream().filter(t -> !inAName(t)).toList()), requirements(names, clause),
                concepts(types),
                concepts(of(names, DELIVERY_MODES).stream().filter(this::aWayOfDelivery).toList()),
                !types.isEmpty() || of(cues, PROGRAM_WORDS).stream().anyMatch(t -> !inABodysName(t)), meeting);
    }

    /** Whether a group's name is part of a unit's ("the China-ASEAN Legal Research Center"): not whom a program targets. */
    private boolean inAUnitsName(Mention group) {
        boolean joined = group.start() > 0 && text.charAt(group.start() - 1) == '-';
        return joined && UNIT_NAME_AFTER.matcher(text).region(group.end(), Math.min(text.length(), group.end() + 60)).lookingAt();
    }

    /** The rest of a unit's name after a word of it: " Legal Research Center". */
    private static final Pattern UNIT_NAME_AFTER = Pattern.compile(
            "(?:\\s+\\p{Lu}[\\p{L}-]*){0,5}\\s+(?:Center|Centre|Institute|University|College|Secretariat|Commission|Forum|Academy|Association|Alliance)\\b");

    /** The requirements a clause names by a cue or states by a clause pattern. */
    private List<Concept> requirements(List<Mention> names, Span clause) {
        List<Concept> out = new ArrayList<>(concepts(of(names, REQUIREMENTS)));
        String folded = LabelNormalizer.fold(clause.of(text));
        for (ClausePattern p : clausePatterns) {
            if (p.matches(folded) && out.stream().noneMatch(c -> c.iri().equals(p.conceptIri()))) {
                vocabulary.concept(p.conceptIri()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a country is named as whose something is ("Ghana's Ministry of Food and
     * Agriculture", "Kenya's ministry said"): a speaker's affiliation, not a program's target (in a
     * meeting, "a delegation of Zimbabwe's ruling party", it is whom the body met).
     */
    private boolean possessive(Mention country) {
        return POSSESSIVE_AFTER.matcher(text).region(country.end(), Math.min(text.length(), country.end() + 3)).lookingAt()
                || DIPLOMATIC_BEFORE.matcher(text.substring(Math.max(0, country.start() - 40), country.start())).find();
    }

    /** A sentence of a course still to come or another one ("is preparing an online course", "separately"). */
    private static final Pattern ANOTHER_COURSE = Pattern.compile(
            "(?i)\\b(?:will|plans?|planned|planning|preparing|next year|later this year|upcoming|separately)\\b");

    /**
     * Whether the page delivers its program online: a word of online delivery used as a way of
     * delivery (not "online content"), in a sentence not of a course still to come or another one.
     */
    boolean onlineOnThePage(List<Mention> ways, List<Span> sentences) {
        return ways.stream().anyMatch(m -> m.concept().iri().endsWith("/online") && aWayOfDelivery(m)
                && sentences.stream().filter(x -> x.start() <= m.start() && m.start() < x.end()).findFirst()
                        .map(x -> !ANOTHER_COURSE.matcher(x.of(text)).find()).orElse(true));
    }

    /**
     * Whether a word of delivery says how a program is delivered: before a program's noun ("an
     * online seminar", "the online closing ceremony") or after a verb of delivery ("held online",
     * "the rest online"); not "online information" or "public opinion online", where it qualifies
     * what is taught.
     */
    boolean aWayOfDelivery(Mention m) {
        Matcher next = WORD_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
        if (next.lookingAt() && PROGRAM_NOUN.matcher(next.group(1)).matches()) {
            return true;
        }
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
        return before.find() && DELIVERY_VERB.matcher(before.group(1)).matches();
    }

    /**
     * The roles a clause names; "officials from Laos", "for officials of ASEAN member states", "36
     * officials from the disaster management agencies of …" (counted: the participants) name
     * government officials, beside any other role the clause names ("27 officials and engineers
     * from nine Arab states"), unless "officials" is a word of that role's own name ("police officials").
     */
    private List<Concept> roles(List<Mention> names, Span clause) {
        List<Mention> named = of(names, ROLES);
        List<Concept> roles = new ArrayList<>(concepts(named));
        Matcher m = OFFICIALS_OF.matcher(text).region(clause.start(), clause.end());
        while (m.find()) {
            String found = m.group().toLowerCase(java.util.Locale.ROOT);
            int at = m.start() + Math.max(found.lastIndexOf("official"), found.lastIndexOf("civil servant")); // the noun itself
            if (named.stream().noneMatch(r -> r.start() <= at && at < r.end())
                    && roles.stream().noneMatch(c -> c.iri().equals(GOVERNMENT_OFFICIALS))) {
                vocabulary.concept(GOVERNMENT_OFFICIALS).ifPresent(roles::add);
            }
        }
        return roles;
    }

    /**
     * Whether a topic's words are part of an organization's name ("Ecuador's Ministry of Agriculture
     * and Livestock"): the name is not what a program is about.
     */
    private boolean inAName(Mention topic) {
        return inABodysName(topic) || Character.isUpperCase(text.charAt(topic.start()))
                && NAME_AFTER.matcher(text).region(topic.end(), Math.min(text.length(), topic.end() + 60)).lookingAt();
    }

    /** Whether a word stands in a body's name after its head ("the Commission for … and Training"): a topic's or a program word's. */
    private boolean inABodysName(Mention word) {
        return Character.isUpperCase(text.charAt(word.start()))
                && NAME_BEFORE.matcher(text.substring(Math.max(0, word.start() - 60), word.start())).find();
    }

    /**
     * Whether a body is named as the owner of a unit that the clause speaks of ("the NRTA's
     * training center hosted"): the unit does what the clause says, not the body.
     */
    private boolean ownUnit(Mention body) {
        return UNIT_AFTER.matcher(text).region(body.end(), Math.min(text.length(), body.end() + 40)).lookingAt();
    }

    /**
     * Whether a body is named as where a person works ("engineers from China's Ministry of Water
     * Resources", "a deputy director-general of the Department of ... at the Ministry of Foreign
     * Affairs said"): a lecturer's or a speaker's body, which runs no program by being named.
     */
    private boolean affiliation(Mention body) {
        return AFFILIATION_BEFORE.matcher(text.substring(Math.max(0, body.start() - 90), body.start())).find();
    }

    /**
     * Whether a ministry's name is another country's: "the Ministry of Agriculture of Kazakhstan",
     * "Kazakhstan's Ministry of Agriculture" (the vocabulary's body is China's).
     */
    private boolean foreign(Mention body, List<Mention> names) {
        List<Mention> countries = of(names, COUNTRIES);
        return org.exchangeatlas.extract.prose.OrganizationFinder.countryAfter(text, body, countries, homeCountry).isPresent()
                || countries.stream().filter(c -> homeCountry.map(h -> !h.equals(c.concept().iri())).orElse(true))
                        .anyMatch(c -> c.end() <= body.start()
                                && POSSESSIVE_BEFORE.matcher(text.substring(c.end(), body.start())).matches());
    }

    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("['’]s\\s+(?:own\\s+)?");

    /** Whether a body is named as the partner of another ("together with the Ministry of Commerce"). */
    private boolean partner(Mention body) {
        String before = text.substring(Math.max(0, body.start() - 30), body.start());
        return words.partner().matcher(before).find();
    }

    static List<Mention> of(List<Mention> ms, String scheme) {
        return ms.stream().filter(m -> m.concept().inScheme(scheme)).toList();
    }

    static List<Mention> within(List<Mention> ms, Span clause) {
        return ms.stream().filter(m -> m.start() >= clause.start() && m.end() <= clause.end()).toList();
    }

    static List<Concept> concepts(List<Mention> ms) {
        List<Concept> out = new ArrayList<>();
        for (Mention m : ms) {
            if (out.stream().noneMatch(c -> c.iri().equals(m.concept().iri()))) {
                out.add(m.concept());
            }
        }
        return out;
    }
}
