package org.exchangeatlas.extract.prose;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * Finds the organizations a stretch of prose names: bodies of the vocabulary (商务部, MOFCOM),
 * units no vocabulary knows, read back from the suffix their name ends with (西江国际经贸培训学院,
 * "Jiangxi University of Finance and Economics"), and the page's own institution where the page
 * says 我院 or "our university". Suffixes, name boundaries and self-references are data
 * ({@code vocab/organization-names.ttl}).
 */
public final class OrganizationFinder {
    static final String BODIES = scheme("bodies");
    static final String NON_BODIES = scheme("non-bodies");
    static final String SELF = scheme("self-references");
    static final String SUFFIXES = scheme("organization-suffixes");
    static final String BOUNDARIES = scheme("name-boundaries");
    static final String CUES = scheme("relation-cues");
    static final String MARKERS = scheme("relation-agent-markers");
    private static final List<String> STOPS = List.of(BODIES, NON_BODIES, SELF, CUES, MARKERS, BOUNDARIES,
            scheme("program-types"), scheme("groups"));
    /** The shortest unknown name: a suffix and two characters (广西大学). */
    private static final int MIN_HAN_NAME = 4;
    private static final int MAX_HAN_NAME = 30;
    /** A place in brackets right after a unit's name belongs to it: 中国—东盟农业技术交流中心（南宁）. */
    /** A unit's short form that leaves out its place's name: 省教育厅, 市商务局, 区农业农村局. */
    private static final Pattern SHORT_FORM = Pattern.compile("^(?:省|市|区|县|州|自治区)\\p{IsHan}{2,}");
    /** A month after a name, with the word that leads to it: " on October", " in May". */
    private static final Pattern TRAILING_MONTH = Pattern.compile("\\s+(?:on|in|from|since|until|of)\\s+(?:"
            + org.exchangeatlas.extract.EnglishDateRange.MONTH_NAMES + ")$");
    private static final Pattern PLACE_AFTER = Pattern.compile("[(（]\\p{IsHan}{2,3}[)）]");
    /**
     * A run of capitalised English words, joined by the small words names hold (or a slash:
     * Asia/Pacific), the particles of Spanish, Portuguese and French names before a capital
     * (Universidad Andina del Sur, Universidade de São Paulo), and the "at" of a Confucius Institute
     * at its university.
     */
    private static final Pattern ENGLISH_NAME = Pattern.compile(
            "\\b(?:[A-Z][\\p{L}'’-]*|the)(?:(?:[ \\t]+|/)(?:[A-Z][\\p{L}'’-]*|of(?:[ \\t]+the(?=[ \\t]+[A-Z]))?|and|for|on|&"
            + "|(?:de|del|da|do|dos|das|des|du)(?:[ \\t]+la)?(?=[ \\t]+\\p{Lu})|(?<=Confucius (?:Institute|Classroom)[ \\t])at(?:[ \\t]+the)?(?=[ \\t]+\\p{Lu})))*");
    /** How a program's name opens: its type, after a year or a word or two ("2023 Seminar on", "Online Workshop on"). */
    private static final Pattern PROGRAM_NAME_START = Pattern.compile(
            "(?:(?:19|20)\\d{2}\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}?(?:Seminar|Workshop|Training Course|Course|Forum|Programme|Program)\\s+(?:on|for|in)\\b");
    private static final Pattern SMALL_WORDS = Pattern.compile("^(?:(?:the|of|and|for|on|&)\\s+)+|(?:\\s+(?:of|and|for|on|the|&))+$",
            Pattern.CASE_INSENSITIVE);

    /** The words that join two words of one name as well as two names. */
    /** "the Institute for International …": the start of a unit's name, not the page speaking of itself. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+(?:(?:for|of|on)\\s+(?:the\\s+)?)?\\p{Lu}");
    /** What joins a ministry's name to its country's after it: " of ", " of the ". */
    private static final Pattern OF_THE = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final java.util.Set<String> JOINERS = java.util.Set.of("与", "和", "及");
    /** How many characters may stand between a body's name and a joiner inside its unit's name. */
    private static final int MAX_JOINED_WORDS = 8;

    private final DictionaryMatcher matcher;
    /** The home country, whose ministries the bodies are: another country's name before a body's makes a foreign ministry. */
    private final Optional<String> home;

    /** A finder that cannot tell foreign ministries (埃塞俄比亚农业部) from China's: it knows no home country. */
    public OrganizationFinder(DictionaryMatcher matcher) {
        this(matcher, Optional.empty());
    }

    public OrganizationFinder(DictionaryMatcher matcher, Optional<String> home) {
        this.matcher = matcher;
        this.home = home;
    }

    /**
     * The organizations named in {@code text[from, to)}, in order, not overlapping.
     *
     * @param self what 我院 and "our university" stand for on this page
     */
    public List<OrgMention> find(String text, int from, int to, Value self) {
        List<Mention> stops = matcher.find(text, from, to, STOPS);
        List<OrgMention> out = new ArrayList<>();
        List<Mention> countries = home.isPresent() && stops.stream().anyMatch(m -> m.concept().inScheme(BODIES))
                ? matcher.find(text, from, to, List.of(scheme("countries"))) : List.of(); // only a body can be a foreign one
        for (Mention m : stops) {
            Optional<Mention> country = countries.stream().filter(c -> c.end() == m.start() && isHan(text.charAt(m.start()))
                    && !home.get().equals(c.concept().iri())).findFirst();
            Optional<Mention> countryAfter = isHan(text.charAt(m.start())) ? Optional.empty()
                    : countryAfter(text, m, countries, home);
            if (m.concept().inScheme(BODIES) && country.isPresent()) { // 埃塞俄比亚农业部: that country's ministry, not China's
                out.add(new OrgMention(new Span(country.get().start(), m.end()),
                        new Value.Name(Value.Name.ORGANIZATION, text.substring(country.get().start(), m.end())), false));
            } else if (m.concept().inScheme(BODIES) && countryAfter.isPresent()) { // "the Ministry of Agriculture of Kazakhstan"
                out.add(new OrgMention(new Span(m.start(), countryAfter.get().end()),
                        new Value.Name(Value.Name.ORGANIZATION, text.substring(m.start(), countryAfter.get().end())), false));
            } else if (m.concept().inScheme(BODIES)) {
                out.add(new OrgMention(new Span(m.start(), m.end()), new Value.Iri(m.concept().iri()), true));
            } else if (m.concept().inScheme(SELF) && !NAME_GOES_ON.matcher(text).region(m.end(), to).lookingAt()) {
                Value own = PublishingUnit.standsFor(m.surface(), self);
                if (!(own instanceof Value.Name n && n.name().isEmpty())) {
                    out.add(new OrgMention(new Span(m.start(), m.end()), own, own instanceof Value.Iri));
                }
            }
        }
        List<Mention> suffixes = matcher.find(text, from, to, List.of(SUFFIXES));
        // a boundary word that runs out of a suffix (研究院长江水产研究所: 院长) is a compound name's seam, not a boundary
        // and one inside a longer suffix (高等专科学校: 等) is none either
        List<Mention> boundaries = stops.stream().filter(m -> suffixes.stream()
                .noneMatch(x -> m.start() < x.end() && x.end() < m.end() || x.start() <= m.start() && m.end() <= x.end()
                        && x.end() - x.start() > m.end() - m.start())).toList();
        for (Mention suffix : suffixes) {
            boolean insideNonBody = stops.stream().anyMatch(m -> m.concept().inScheme(NON_BODIES)
                    && m.start() <= suffix.start() && suffix.end() <= m.end()); // 中国政府 names no unit
            if (isHan(text.charAt(suffix.start())) && !insideNonBody) {
                hanName(text, from, suffix, boundaries, suffixes).ifPresent(s -> add(out, s, text));
            }
        }
        Matcher en = ENGLISH_NAME.matcher(text).region(from, to);
        while (en.find()) {
            englishName(text, en.start(), en.end()).ifPresent(s -> add(out, s, text));
        }
        out.sort(Comparator.comparingInt(o -> o.span().start()));
        return withOwnUnits(out.stream().map(o -> shortForOf(o, self)).toList(), text);
    }

    /**
     * A unit named by the short form its own pages use (省教育厅 on the site of 江西省教育厅): the
     * page's publishing unit, when the short name is the end of its name after 省, 市 or 区.
     */
    private static OrgMention shortForOf(OrgMention o, Value self) {
        if (o.value() instanceof Value.Name n && self instanceof Value.Name own && own.name().length() > n.name().length()
                && own.name().endsWith(n.name()) && SHORT_FORM.matcher(n.name()).lookingAt()) {
            return new OrgMention(o.span(), own, false);
        }
        return o;
    }

    /** Whether a mention is a self-reference of the page (我院, 本中心, "our university"). */
    public boolean isSelfReference(String text, OrgMention o) {
        return matcher.at(text, o.span().start(), List.of(SELF)).filter(m -> m.end() == o.span().end()).isPresent();
    }

    /** 我校国际教育学院: a unit of the page's own institution, named after it ("our university's school"). */
    private List<OrgMention> withOwnUnits(List<OrgMention> found, String text) {
        List<OrgMention> out = new ArrayList<>();
        for (OrgMention o : found) {
            OrgMention before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && isSelfReference(text, before) && before.value() instanceof Value.Name own
                    && before.span().end() == o.span().start() && o.value() instanceof Value.Name unit
                    && !own.name().endsWith(unit.name())) {
                out.set(out.size() - 1, new OrgMention(new Span(before.span().start(), o.span().end()),
                        new Value.Name(Value.Name.ORGANIZATION, own.name() + unit.name()), false));
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Another country than the home one named right after a body's name, joined by "of" ("the
     * Ministry of Agriculture of Kazakhstan"): whose ministry it is, then not China's.
     */
    public static Optional<Mention> countryAfter(String text, Mention body, List<Mention> countries, Optional<String> home) {
        return countries.stream().filter(c -> c.concept().inScheme(scheme("countries"))
                && home.map(h -> !h.equals(c.concept().iri())).orElse(true) && c.start() >= body.end()
                && OF_THE.matcher(text.substring(body.end(), c.start())).matches()).findFirst();
    }

    /** A unit's name read back from its suffix over Han characters, to the first stop. */
    private java.util.Optional<Span> hanName(String text, int from, Mention suffix, List<Mention> stops, List<Mention> suffixes) {
        int end = suffix.end();
        // a longer suffix run (研究中心 after 国际合作) ends the name where the last suffix ends
        int start = suffix.start();
        while (start > from && start > end - MAX_HAN_NAME && isNameChar(text.charAt(start - 1))) {
            if (stopEndsAt(stops, start, suffix)) {
                int joined = joinedWithinName(text, stops, suffixes, start);
                if (joined < 0) {
                    break;
                }
                start = joined; // 生态环境部对外合作与交流中心: 与 joins two words of one name
                continue;
            }
            start--;
        }
        int open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
        int close = open < 0 ? -1 : text.indexOf(text.charAt(open) == '（' ? '）' : ')', open);
        if (open >= start && (close < 0 || close >= end)) {
            start = open + 1; // 某学院（国家广播电视总局培训基地）: the name inside the brackets is its own
        }
        Matcher place = PLACE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 5));
        if (place.lookingAt()) {
            end = place.end();
        }
        if (end - start < MIN_HAN_NAME) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Span(start, end));
    }

    /**
     * Whether a stop ends at {@code pos}: a boundary word, a cue or a marker ends a name read
     * back; a body's or group's name does too, unless the unit belongs to it (商务部研究院 is one
     * unit: a body directly before the suffix's name is part of it).
     */
    private static boolean stopEndsAt(List<Mention> stops, int pos, Mention suffix) {
        for (Mention m : stops) {
            if (m.end() == pos && m.start() != suffix.start()) {
                boolean partOfName = m.concept().inScheme(BODIES) || m.concept().inScheme(scheme("groups"))
                        || m.concept().inScheme(scheme("program-types"));
                return !partOfName;
            }
        }
        return false;
    }

    /**
     * Where a joining word ending at {@code pos} (与, 和, 及) stands inside one unit's name: a body's
     * name ends at most a few name characters before it (生态环境部对外合作与交流中心), so the words
     * it joins belong to the body's unit; the joiner's start, else -1. Not when a unit's suffix ends
     * at the joiner (农业农村部对外经济合作中心与湖南省农业农村厅: two units joined).
     */
    private static int joinedWithinName(String text, List<Mention> stops, List<Mention> suffixes, int pos) {
        for (Mention j : stops) {
            if (j.end() != pos || !JOINERS.contains(j.surface())) {
                continue;
            }
            for (Mention b : stops) {
                if (b.concept().inScheme(BODIES) && b.end() <= j.start() && j.start() - b.end() <= MAX_JOINED_WORDS
                        && text.substring(b.end(), j.start()).chars().allMatch(c -> isHan((char) c))
                        && stops.stream().noneMatch(o -> o != b && o.start() >= b.end() && o.end() <= j.start())
                        && suffixes.stream().noneMatch(x -> x.start() > b.end() && x.end() == j.start())) {
                    return j.start();
                }
            }
        }
        return -1;
    }

    private static java.util.Optional<Span> englishName(String text, int start, int end) {
        String run = text.substring(start, end);
        Matcher small = SMALL_WORDS.matcher(run);
        int a = start;
        int b = end;
        while (small.find()) {
            if (small.start() == 0) {
                a = start + small.end();
            } else {
                b = start + small.start();
            }
        }
        if (b - a < 8) {
            return java.util.Optional.empty();
        }
        Matcher month = TRAILING_MONTH.matcher(text).region(a, b);
        if (month.find()) {
            b = month.start(); // "… University on October 15": the day it happened, not the name
        }
        while (b - a > 2 && (text.startsWith("'s", b - 2) || text.startsWith("’s", b - 2))) {
            b -= 2; // Yunnan University's law school: the university
        }
        String name = text.substring(a, b);
        if (PROGRAM_NAME_START.matcher(name).lookingAt()) {
            return java.util.Optional.empty(); // "Seminar on … for University Leaders": a program's name, not a unit's
        }
        boolean hasSuffix = name.matches(".*\\b(?:University|Institute|Academy|College|Center|Centre|School|Company"
                + "|Corporation|Group|Association|Foundation|Society|Base|Organization|Organisation|Office)\\b.*");
        long words = name.chars().filter(c -> c == ' ').count() + 1;
        return hasSuffix && words >= 2 ? java.util.Optional.of(new Span(a, b)) : java.util.Optional.empty();
    }

    /** Adds a unit's name unless a body or an earlier name already covers it; a longer name wins over a body inside it. */
    private static void add(List<OrgMention> out, Span s, String text) {
        if (out.stream().anyMatch(o -> o.span().start() <= s.start() && s.end() <= o.span().end())) {
            return;
        }
        List<OrgMention> inside = out.stream()
                .filter(o -> o.span().start() >= s.start() && o.span().end() <= s.end()).toList();
        if (out.stream().anyMatch(o -> o.span().start() < s.end() && s.start() < o.span().end()
                && !(o.span().start() >= s.start() && o.span().end() <= s.end()))) {
            return; // crosses a name it does not hold
        }
        out.removeAll(inside);
        out.add(new OrgMention(s, new Value.Name(Value.Name.ORGANIZATION, s.of(text)), false));
    }

    /** A Han character, a bracket of a name (（西安）), a middle dot, or the dash of 中国—东盟中心. */
    private static boolean isNameChar(char c) {
        return isHan(c) || c == '（' || c == '）' || c == '(' || c == ')' || c == '·' || c == '—';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
