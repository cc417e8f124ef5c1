package org.exchangeatlas.extract;

import static org.exchangeatlas.extract.NoticeSchemes.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Mention;

/**
 * The facts one labelled field of a notice states, by the field's kind: its organizations, dates,
 * delivery or venue, language, invited countries, participants (their roles, and the countries and
 * groups they are to come from: 面向埃及、肯尼亚等发展中国家的官员) and their count, or courses. A
 * numbered section whose heading no vocabulary knows states nothing here.
 */
final class FieldFacts {
    /** The label of a field of the sponsor: "Sponsor", "Sponsored by". */
    static final java.util.regex.Pattern SPONSOR_LABEL = java.util.regex.Pattern.compile("(?i)\\s*sponsor");
    private static final java.util.regex.Pattern ORGANIZED_LABEL = java.util.regex.Pattern.compile("(?i)\\s*organi[sz]e");
    private final NoticeText notice;
    private final String text;
    private final ProgramFacts facts;
    private final OrganizationNames organizations;

    FieldFacts(NoticeText notice, ProgramFacts facts) {
        this.notice = notice;
        this.text = notice.text();
        this.facts = facts;
        this.organizations = new OrganizationNames(notice, facts);
    }

    /** A clause of requirements that says who the participants must be (学员应为各国海关处级及以上官员). */
    private static final java.util.regex.Pattern WHO_MUST_BE = java.util.regex.Pattern.compile("(?:学员|参训人员|申请人|参训学员|推荐人选|人选)(?:一般|原则上)?(?:应|须|需|必须)(?:为|是)"
            + "|(?i)^\\W{0,3}(?:[a-h]\\)|\\([a-h]\\)|\\([ivx]{1,4}\\)|[ivx]{1,4}\\)|\\d\\.)?\\s*(?:(?:nominees|candidates|applicants|participants)\\s+(?:should|must|shall)\\s+)?"
            + "be\\s+(?:an?\\s+)?(?:serving\\s+|senior\\s+|mid-level\\s+)?(?:government\\s+)?(?:officials|officers|civil servants|staff|employees)\\b");
    /** A clause of requirements that states the places offered (招收名额25人). */
    private static final java.util.regex.Pattern QUOTA = java.util.regex.Pattern.compile("(?:招收|招生|学员)?名额");
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[；;。\\n]");

    /** What a field of requirements says besides them: who the participants must be, and the places offered. */
    private void requirementClauses(Span c) {
        whoMustBe(c);
        for (Span clause : Clauses.between(text, c, CLAUSE_END)) {
            String s = clause.of(text);
            if (QUOTA.matcher(s).find()) {
                count(clause, false);
            }
        }
    }

    /** The roles a field's clause of who the participants must be names. */
    private void whoMustBe(Span c) {
        for (Span clause : Clauses.between(text, c, CLAUSE_END)) {
            if (WHO_MUST_BE.matcher(clause.of(text)).find()) {
                notice.mentions(clause, ROLES).forEach(facts::conceptFact);
            }
        }
    }

    /** A line that offers places to a country ("Places for Rwanda: 3", "Slots allocated to Namibia: 2", "30 (Zambia: 3)"). */
    private static final java.util.regex.Pattern PLACES_FOR = java.util.regex.Pattern.compile(
            "(?im)^[ \\t]*(?:places|slots|seats|quota|nominations?)\\s+(?:for|allocated to|available to|available for|offered to)\\s+([^:：\\n]{2,40})[:：]"
            + "|[(（]\\s*([\\p{L} '’-]{2,30}?)\\s*[:：]\\s*\\d{1,3}\\s*[)）]");

    /** A country a line of the field offers places to is one the program invites (a circular of that country's government). */
    private void placesFor(Span c) {
        java.util.regex.Matcher m = PLACES_FOR.matcher(text).region(c.start(), c.end());
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2; // "Places for Rwanda: 3", "30 (Zambia: 3)"
            notice.mentions(new Span(m.start(g), m.end(g)), COUNTRIES).forEach(facts::conceptFact);
        }
    }

    /** A field's content written as a sentence with relation cues ("The seminar is sponsored by MOFCOM and implemented by …"). */
    private static final java.util.regex.Pattern PROSE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:sponsored|organi[sz]ed|implemented|hosted|funded|undertaken|run|co-organi[sz]ed)\\s+by\\b|由[^，。]{2,30}(?:主办|承办)");

    /** Whether an organization field's content is a sentence of relations rather than names. */
    static boolean inProse(String content) {
        return PROSE.matcher(content).find();
    }

    /** The words after which a field states its new value. */
    private static final java.util.regex.Pattern CHANGED_TO = java.util.regex.Pattern.compile("(?:调整为|改为|变更为|更改为)[：:]?");

    /**
     * The facts field {@code f} states; {@code year} fills a date that leaves its year out.
     * {@code sponsored} says the notice has a field of its sponsor ("Sponsor: Ministry of
     * Commerce"): its "Organizer" is then the institution that carries the program out, its host.
     */
    void read(NoticeField f, Optional<Integer> year, boolean sponsored) {
        placesFor(f.content());
        if (f.kind() == null) {
            requirementClauses(f.content()); // a section no label names may still say who must come (学员应为…官员)
            return;
        }
        Span c = f.content();
        if (f.kind().organization() && inProse(c.of(text))) {
            return; // "The seminar is sponsored by … and implemented by …": the prose reader's (NoticeReading.proseFacts)
        }
        switch (f.kind()) {
            case ORGANIZER -> organizations.names(c, sponsored && ORGANIZED_LABEL.matcher(f.label().of(text)).lookingAt()
                    ? HOST : ORGANIZER);
            case CO_ORGANIZER -> organizations.names(c, CO_ORGANIZER);
            case HOST -> organizations.names(c, HOST);
            case DATES -> notice.grammar().dates(text, c.start(), c.end(), year).ifPresentOrElse(d -> {
                facts.fact(START_DATE, new Value.Typed(d.start().toString(), XSD + "date"), d.startSpan());
                d.end().ifPresent(e -> facts.fact(END_DATE, new Value.Typed(e.toString(), XSD + "date"), d.endSpan().get()));
            }, () -> facts.notUnderstood("dates not understood", c));
            case DELIVERY, VENUE -> delivery(c);
            case LANGUAGE -> notice.mentions(c, LANGUAGES).forEach(m -> facts.fact(INSTRUCTION_LANGUAGE, new Value.Iri(m.concept().iri()), NoticeText.span(m)));
            case COUNTRIES -> {
                notice.mentions(revised(c), COUNTRIES, GROUPS, NON_COUNTRIES, LANGUAGES).stream()
                        .filter(m -> !notice.negated(m)).forEach(facts::conceptFact); // "(Ecuador is not covered this year)"
                whoMustBe(c); // 参训国家（…）不变。学员须为各国灾害管理部门的官员。 (not its 每国名额3名)
                if (notice.mentions(new Span(f.label().start(), c.start()), FIELDS).stream()
                        .anyMatch(m -> FieldLabels.kind(m) == FieldKind.COUNT)) {
                    count(c, false); // 邀请国家及名额, "Invited countries and number of participants": the total too
                }
            }
            case PARTICIPANTS -> {
                notice.mentions(c, ROLES).forEach(facts::conceptFact);
                officials(c);
                notice.mentions(c, COUNTRIES, GROUPS, NON_COUNTRIES, LANGUAGES).forEach(facts::conceptFact);
                count(c, false);
            }
            case COUNT -> {
                count(c, true);
                // "25 in total, shared among Zambia, Malawi and Uganda": the countries the places are for
                // (a language's name, 葡萄牙语, is read as one so that no country is found inside it)
                notice.mentions(c, COUNTRIES, GROUPS, NON_COUNTRIES, LANGUAGES).stream()
                        .filter(m -> !m.concept().inScheme(LANGUAGES)).forEach(facts::conceptFact);
            }
            case REQUIREMENTS -> {
                requirementClauses(c);
                officials(c); // "Officials at division level or above from government departments …"
            }
            case COURSES -> notice.mentions(c, TOPICS).forEach(facts::conceptFact);
            default -> { }
        }
    }

    /** The part of a field that states its new value where it states a change (原邀请国别为A。现调整为B。): B's sentence. */
    private Span revised(Span c) {
        java.util.regex.Matcher m = CHANGED_TO.matcher(text).region(c.start(), c.end());
        int from = -1;
        while (m.find()) {
            from = m.end();
        }
        if (from < 0) {
            return c;
        }
        int stop = text.indexOf('。', from);
        return new Span(from, stop < 0 || stop > c.end() ? c.end() : stop);
    }

    /**
     * A delivery or venue field states delivery: a delivery word if it has one (来华研修,
     * online), else the home country or a place in it ("in China (Changsha)", 地点：北京市) means
     * delivered in China.
     * A dates field is read so too when no field stated delivery ("Time and place: 5–25 June 2019,
     * Kunming, China").
     */
    void delivery(Span c) {
        List<Mention> delivery = notice.mentions(c, DELIVERY_SCHEME);
        if (!delivery.isEmpty()) {
            delivery.forEach(facts::conceptFact);
            return;
        }
        notice.mentions(c, COUNTRIES, NON_COUNTRIES, PLACES_IN_CHINA).stream()
                .filter(m -> notice.isHome(m.concept()) || m.concept().inScheme(PLACES_IN_CHINA))
                .findFirst()
                .ifPresent(m -> {
                    facts.fact(DELIVERY, new Value.Iri(id("delivery", "in-china")), NoticeText.span(m));
                    facts.markStated(DELIVERY);
                });
    }

    /** The participant count, from the first participants or count field that states one. */
    private void count(Span c, boolean countField) {
        if (facts.stated(PARTICIPANT_COUNT)) {
            return;
        }
        notice.grammar().participantCount(text, c.start(), c.end(), countField).ifPresent(s -> {
            facts.markStated(PARTICIPANT_COUNT);
            String digits = s.of(text).replaceAll("^(\\d+).*$", "$1");
            facts.fact(PARTICIPANT_COUNT, new Value.Typed(digits, XSD + "integer"), s);
        });
    }

    /** "officials", "officers": who a notice's participants field names so, no role naming them more closely. */
    private static final java.util.regex.Pattern OFFICIALS = java.util.regex.Pattern.compile("(?i)\\b(?:officials|officers)\\b");

    /**
     * Officials or officers a participants field names ("Livestock officers and extension
     * technicians") are government officials, unless a role of the vocabulary holds the word
     * ("police officers", "officials in charge of").
     */
    private void officials(Span c) {
        List<Mention> roles = notice.mentions(c, ROLES);
        java.util.regex.Matcher m = OFFICIALS.matcher(text).region(c.start(), c.end());
        while (m.find()) {
            int at = m.start();
            int end = m.end();
            if (roles.stream().noneMatch(r -> r.start() <= at && end <= r.end())) {
                org.exchangeatlas.extract.prose.GovernmentOfficials.role(notice.matcher()).stream().findFirst()
                        .ifPresent(g -> facts.fact(PARTICIPANT_ROLE, new Value.Iri(g.iri()), new Span(at, end)));
                return;
            }
        }
    }
}
