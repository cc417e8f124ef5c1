package org.exchangeatlas.extract;

import static org.exchangeatlas.extract.NoticeSchemes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.Mention;

/**
 * Reads the organizations an organizer, co-organizer or host field names: the field cut into
 * names at the grammar's separators, each name taken as a body of the vocabulary when the whole
 * name means one (中华人民共和国商务部), else passed on as a name for the resolver; a passage too
 * long or too odd for a name is reported, not guessed at.
 */
final class OrganizationNames {
    /** What may stand around a body's name in a field without naming anything else. */
    private static final Pattern CONNECTING = Pattern.compile(
            "(?i)\\b(?:the|of|and|people's republic)\\b|['’]s\\b|[\\s()（）,，.、]|\\bPRC\\b|\\bP\\.\\s?R\\b");

    /** An address that ends a name in an English field: ", Hangzhou, Zhejiang, China", ", P.R. China". */
    private static final Pattern TRAILING_PLACE = Pattern.compile(
            "(?:,\\s*\\p{Lu}[\\p{L}-]*(?:\\s+(?:Province|City))?){0,2},\\s*(?:the\\s+)?(?:People['’]s\\s+Republic\\s+of\\s+|P\\.?\\s?R\\.?\\s*)?China\\s*$");

    /** A blank line: the end of the field's paragraph. */
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t\u3000]*\\n");
    /** A line that opens with a label of its own, known or not ("Places for Malawi: 2"). */
    private static final Pattern LABELLED_LINE = Pattern.compile("\\n[ \\t\u3000]*[^\\n:：]{1,40}[:：]");
    /** What a sentence holds and a name does not: a date, a full stop. */
    /** An office of the unit after its name and a space (某研究院 国际合作处): whom to write to, not the unit that runs it. */
    private static final Pattern OFFICE_AFTER = Pattern.compile("(?<=\\p{IsHan})[ \\t\u3000]+\\p{IsHan}{2,8}(?:处|科|办公室)$");
    private static final Pattern SENTENCE = Pattern.compile("\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|。");

    /** A part of an address: "Anhui Province", "Chengdu City". */
    /** One or two capitalized words: a city's name before its province. */
    private static final Pattern CITY_NAME = Pattern.compile("\\s*\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?\\s*");
    private static final Pattern PROVINCE_OR_CITY = Pattern.compile("\\b(?:Province|City|Municipality|Autonomous Region)\\s*$");

    private final NoticeText notice;
    private final String text;
    private final ProgramFacts facts;

    OrganizationNames(NoticeText notice, ProgramFacts facts) {
        this.notice = notice;
        this.text = notice.text();
        this.facts = facts;
    }

    /** The organizations a field names, one per name between separators. */
    void names(Span c, String predicate) {
        Matcher paragraph = PARAGRAPH_END.matcher(text).region(c.start(), c.end());
        if (paragraph.find()) {
            c = new Span(c.start(), paragraph.start()); // the names end with the field's paragraph
        }
        Matcher labelled = LABELLED_LINE.matcher(text).region(c.start(), c.end());
        if (labelled.find()) {
            c = new Span(c.start(), labelled.start()); // "Places for Malawi: 2" on the next line is another field
        }
        Matcher sep = notice.grammar().nameSeparators().matcher(text).region(c.start(), c.end());
        int start = c.start();
        List<Span> parts = new ArrayList<>();
        while (sep.find()) {
            parts.add(new Span(start, sep.start()));
            start = sep.end();
        }
        parts.add(new Span(start, c.end()));
        boolean any = false;
        for (Span part : parts) {
            Span name = trimName(part);
            if (name.end() - name.start() < 2) {
                continue;
            }
            if (onlyACountry(name)) {
                continue; // "National Radio and Television Administration (NRTA),⏎ China": where the body is, not a second one
            }
            if (NoticeLayout.NUMBERING.matcher(name.of(text)).lookingAt()) {
                facts.notUnderstood("a numbered heading, not an organization", name); // "III. Duration and Venue"
                continue;
            }
            if (tooLongForAName(name) || name.of(text).contains("：") || name.of(text).contains(":")
                    || SENTENCE.matcher(name.of(text)).find()) {
                facts.notUnderstood("organization name not understood", name);
                continue;
            }
            any = true;
            name = withoutPlace(name);
            Optional<Concept> body = knownBody(name);
            Span bare = withoutBrackets(name);
            if (body.isEmpty() && bare.end() < name.end()) {
                body = knownBody(bare);
            }
            Value v = body.<Value>map(b -> new Value.Iri(b.iri()))
                    .orElseGet(() -> new Value.Name(Value.Name.ORGANIZATION, bare.of(text)));
            facts.fact(predicate, v, body.isPresent() ? name : bare);
        }
        if (!any && c.end() > c.start()) {
            facts.notUnderstood("no organization named", c);
        }
    }

    /** Whether a part of the field is a country's name and nothing else ("China", "P.R. China"). */
    private boolean onlyACountry(Span name) {
        return notice.mentions(name, COUNTRIES).stream().anyMatch(m -> m.start() == name.start() && m.end() == name.end());
    }

    /** Longer than any organization's name: 40 characters of Chinese, 120 of a Latin script. */
    private boolean tooLongForAName(Span name) {
        String n = name.of(text);
        boolean han = n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return n.length() > (han ? 40 : 120);
    }

    /**
     * A body of the vocabulary that the whole name means: the name holds one body (under
     * any of its labels, 商务部 or MOFCOM) and otherwise only the home country's name
     * (中华人民共和国商务部, "Ministry of Commerce of the People's Republic of China") and
     * connecting words or brackets. A foreign ministry (哈萨克斯坦外交部) is not China's.
     */
    private Optional<Concept> knownBody(Span name) {
        List<Mention> ms = notice.mentions(name, BODIES, COUNTRIES, NON_BODIES, NON_COUNTRIES);
        Set<Concept> bodies = new HashSet<>();
        StringBuilder rest = new StringBuilder(name.of(text));
        for (Mention m : ms) {
            boolean home = notice.isHome(m.concept());
            if (m.concept().inScheme(BODIES)) {
                bodies.add(m.concept());
            } else if (!home) {
                return Optional.empty();
            }
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i - name.start(), ' ');
            }
        }
        String residue = CONNECTING.matcher(rest).replaceAll("");
        return bodies.size() == 1 && residue.isEmpty() ? Optional.of(bodies.iterator().next()) : Optional.empty();
    }

    private Span trimName(Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || "由　".indexOf(text.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || "。．.　".indexOf(text.charAt(b - 1)) >= 0)) {
            b--;
        }
        Matcher office = OFFICE_AFTER.matcher(text).region(a, b);
        return new Span(a, office.find() ? office.start() : b);
    }

    /** A name without the address after it ("Qiantang Center for Rural Hydropower, Hangzhou, China"). */
    private Span withoutPlace(Span s) {
        Matcher m = TRAILING_PLACE.matcher(text).region(s.start(), s.end());
        if (m.find() && m.start() > s.start()) {
            return new Span(s.start(), m.start());
        }
        // "Huaihe Water Conservancy Vocational College, Bengbu, Anhui Province": each part after a comma a place in China
        int cut = s.end();
        for (int comma = text.lastIndexOf(',', s.end() - 1); comma > s.start(); comma = text.lastIndexOf(',', comma - 1)) {
            Span part = new Span(comma + 1, cut);
            boolean place = PROVINCE_OR_CITY.matcher(part.of(text)).find() || !notice.mentions(part, PLACES_IN_CHINA).isEmpty()
                    || cut < s.end() && CITY_NAME.matcher(part.of(text)).matches(); // "…, Bengbu, Anhui Province": a city before a province
            String before = text.substring(s.start(), comma);
            boolean inBrackets = before.chars().filter(ch -> ch == '(' || ch == '（').count()
                    > before.chars().filter(ch -> ch == ')' || ch == '）').count(); // "Centre (Zhangzhou, Fujian)": the brackets' own
            if (!place || inBrackets || part.of(text).strip().split("\\s+").length > 4) {
                break;
            }
            cut = comma;
        }
        return cut < s.end() ? new Span(s.start(), cut) : s;
    }

    private Span withoutBrackets(Span s) {
        int open = -1;
        for (int i = s.start(); i < s.end(); i++) {
            char ch = text.charAt(i);
            if (ch == '（' || ch == '(') {
                open = i;
                break;
            }
        }
        if (open <= s.start() || (text.charAt(s.end() - 1) != '）' && text.charAt(s.end() - 1) != ')')) {
            return s;
        }
        return trimName(new Span(s.start(), open));
    }
}
