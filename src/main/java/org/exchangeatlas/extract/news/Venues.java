package org.exchangeatlas.extract.news;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.prose.OrgMention;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * Where a page of prose says its programs take place, and so how they are delivered and by whom:
 * the ways of delivery its sentences name (学员无需来华 denies one); a ceremony held at a place
 * (在学院报告厅开班), which on a page naming no online delivery (云开班, 视频连线) means the program
 * ran in person in China; and trainees studying at the page's own institution (正在我中心参加……的学员),
 * which makes that institution the program's host when no sentence names another.
 */
final class Venues {
    /** A ceremony held at a place: 在学院报告厅举行开班典礼, 在我院开班, 开班仪式在报告厅举行. */
    private static final Pattern CEREMONY_AT = Pattern.compile("在[^，。；、“”]{1,24}?(?:举行|举办|隆重举行|召开)?(?:了)?(?:开班|开学|结业|开幕|闭幕)"
            + "|(?:开班|开学|结业|开幕|闭幕)(?:仪式|典礼|式)在[^，。；、“”]{1,24}?(?:隆重)?(?:举行|举办|召开)");
    /**
     * A program held at a place (于8月7日至27日在宁德举办, 在福建举办“…研修班”): the place is a few
     * characters that are neither a way online (在线, 网上, 云端) nor abroad (当地, 境外, 海外), and
     * name no country (在老挝万象举办 is abroad).
     */
    private static final Pattern HELD_AT = Pattern.compile(
            "在(?!线|网|云|当地|该国|境外|海外|国外|本国|外国|其)(\\p{IsHan}{1,8}?)(?:成功|隆重)?(?:举办|举行)(?!的?(?:会见|会谈|座谈|招待|宴会|仪式|典礼))");
    /** Words of online delivery anywhere on the page. */
    private static final Pattern ONLINE = Pattern.compile("线上|在线|云端|云开班|云结业|视频连线|视频会议|网络直播|远程");
    private static final Pattern NEGATION_BEFORE = Pattern.compile("不|无需|无须|未|非|暂停");
    /** Going to a place: 赴, 前往, 走进. */
    private static final Pattern GOING_TO = Pattern.compile("(?:赴|前往|走进|来到)$");
    /** Going into a place, which says by itself that the trainees were there: 走进, 来到. */
    private static final Pattern ENTERED = Pattern.compile("走进|来到");
    /** What trainees do where they went: 考察, 参观, 调研, 现场教学. */
    private static final Pattern VISITING_AFTER = Pattern.compile("考察|参观|调研|现场教学|实地教学|走访");
    /** What trainees do at a place: 在我中心参加, 在我校学习, 在我院研修. */
    private static final Pattern STUDYING_AFTER = Pattern.compile("^\\s*(?:参加|参训|学习|研修|接受培训|培训)");

    private final String text;
    private final String folded;
    private final DictionaryMatcher matcher;

    Venues(String text, String folded, DictionaryMatcher matcher) {
        this.text = text;
        this.folded = folded;
        this.matcher = matcher;
    }

    /** Notes in the programs a sentence is about the ways of delivery it names and the ceremony it places. */
    void read(Span sentence, List<NamedProgram> about) {
        List<Mention> ways = matcher.find(text, sentence.start(), sentence.end(), List.of(scheme("delivery"))).stream()
                .filter(m -> !NEGATION_BEFORE.matcher(folded.substring(Math.max(sentence.start(), m.start() - 4), m.start())).find())
                .toList();
        about.forEach(p -> p.delivery.addAll(ways));
        Matcher m = CEREMONY_AT.matcher(folded).region(sentence.start(), sentence.end());
        if (m.find()) {
            about.stream().filter(p -> p.ceremony == null).forEach(p -> p.ceremony = new Span(m.start(), m.end()));
        }
        visitInChina(sentence).ifPresent(v -> about.stream().filter(p -> p.ceremony == null).forEach(p -> p.ceremony = v));
        Matcher held = HELD_AT.matcher(folded).region(sentence.start(), sentence.end());
        if (held.find() && matcher.find(text, held.start(1), held.end(1), List.of(scheme("countries"))).isEmpty()) {
            Span at = new Span(held.start(), held.end());
            about.stream().filter(p -> p.heldInChina == null).forEach(p -> p.heldInChina = at);
        }
    }

    /** 学员赴百色市田阳区考察, 前往杭州参观: the trainees went to a place in China, so the program was held there. */
    private java.util.Optional<Span> visitInChina(Span sentence) {
        for (Mention place : matcher.find(text, sentence.start(), sentence.end(), List.of(scheme("places-in-china")))) {
            Matcher go = GOING_TO.matcher(folded).region(Math.max(sentence.start(), place.start() - 3), place.start());
            Matcher visit = VISITING_AFTER.matcher(folded).region(place.end(), Math.min(sentence.end(), place.end() + 24));
            if (!go.find()) {
                continue;
            }
            if (visit.find()) {
                return java.util.Optional.of(new Span(go.start(), visit.end()));
            }
            if (ENTERED.matcher(go.group()).matches()) {
                return java.util.Optional.of(new Span(go.start(), place.end())); // 学员走进株洲高新区: there in person
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether a program its sentences give no way of delivery ran in person: its ceremony held at a
     * place, or its trainees studying at the page's own institution (在我校学习), on a page that names
     * no online delivery.
     */
    boolean heldInPerson(NamedProgram p) {
        return p.delivery.isEmpty() && (p.ceremony != null || p.atHome != null) && !ONLINE.matcher(folded).find()
                || p.delivery.isEmpty() && p.heldInChina != null; // its own sentence places it, whatever other programs of the page did online
    }

    /** Notes in the programs a sentence is about that their trainees study at the page's own institution. */
    void home(List<OrgMention> orgs, java.util.function.Predicate<OrgMention> selfReference, List<NamedProgram> about) {
        for (OrgMention o : orgs) {
            int at = o.span().start();
            if (selfReference.test(o) && at > 0 && folded.charAt(at - 1) == '在'
                    && STUDYING_AFTER.matcher(folded).region(o.span().end(), folded.length()).lookingAt()) {
                about.stream().filter(p -> p.atHome == null).forEach(p -> {
                    p.atHome = new Span(at - 1, o.span().end() + 2);
                    p.atHomeOf = o.value();
                });
            }
        }
    }

    /** Where the page says the program's trainees study at its own institution, if it does. */
    Optional<Span> home(NamedProgram p) {
        return Optional.ofNullable(p.atHome);
    }
}
