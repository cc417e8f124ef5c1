package org.exchangeatlas.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;
import org.exchangeatlas.vocab.RelationCue;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Reads who does what in a clause of prose, from the relation cues of
 * {@code vocab/relation-cues.ttl}: the organization standing next to a cue (before 主办 and 承办,
 * after "organized by") gets the cue's property, and so does each organization joined to it by
 * 、 和 与 及 or "and". An organization no cue stands beside gets nothing: a lecturer, a speaker,
 * a guest or a venue is never an organizer. Notices, host-site news and English reporting share
 * this reader.
 */
public final class ClauseReader {
    /**
     * What may stand between a name and the cue after it (商务部负责主办, 我院具体承办, 外交部等单位主办,
     * 我院于5月承办, 某中心将于2025年下半年承办, "the Ministry of Commerce (MOFCOM) will sponsor", 农业农村部国际合作司委托,
     * 商务部今年面向太平洋岛国举办, 农业农村部在湖南长沙举办).
     */
    private static final Pattern GAP_BEFORE = Pattern.compile("(?:(?i)\\s+of\\s+(?:the\\s+)?(?:People['’]s\\s+Republic\\s+of\\s+)?China(?-i))?"
            + "\\s*(?:[(（][A-Z]{2,10}[)）]\\s*|[)）]\\s*)?"
            + "(?:(?:决定|拟|计划|定)?(?:将|已|曾)?于[\\d一二三四五六七八九十〇零年月日上中下旬半至今明本度春夏秋冬季初底末\\-—～~\\s]{1,20}?)?"
            + "(?:\\p{IsHan}{2,6}?[司局])?" // 受农业农村部国际合作司委托: a ministry's department acts for it
            + "(?:今年|当年|每年|年内|(?:19|20)\\d{2}\\s*年度?)?(?:在[^，。；、“”,;]{2,10}?)?(?:面向[^，。；、,;]{2,16}?)?" // 商务部面向太平洋岛国举办的: the targets between a ministry and its verb
            + "[\\s的等共同联合负责具体]{0,4}(?:单位|部门|机构)?[\\s的]{0,2}");
    /** What may stand between a cue and the name after it ("organized by the", "主办单位："). */
    private static final Pattern GAP_AFTER = Pattern.compile(
            "(?i)(?:单位|方|机构)?\\s*[：:]?\\s*(?:the\\s+)?(?:(?:china's|chinese|prc)\\s+)?");
    /** What follows the entrusting body of 受……委托 before the cue of the one entrusted. */
    private static final Pattern ENTRUSTED = Pattern.compile("\\s*(?:的)?委托\\s*(?:具体|负责)?");
    /** A government department the vocabulary does not list (省教育厅, 某市商务局): it governs, as a body does. */
    private static final Pattern GOVERNMENT_DEPARTMENT = Pattern.compile("(?:厅|局|委)$");
    /** The cues a place may stand before (农业农村部在湖南长沙举办). */
    private static final Pattern HELD_AT = Pattern.compile("举办|主办|组织举办");
    /** The opening of a bracket that holds a name's short name. */
    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*[(（]\\s*");
    /** What joins two names of one list ("the Agency (CIDCA) and the Ministry of Commerce"). */
    private static final Pattern JOIN = Pattern.compile("(?i)\\s*(?:[)）]\\s*)?(?:、|,|，|和|与|及|以及|and|, and|&)\\s*(?:the\\s+)?");
    /** A cue used as a field label (主办单位：商务部): the name comes after it. */
    private static final Pattern LABEL_AFTER = Pattern.compile("^(?:单位|方|机构)?\\s*[：:]");

    private final DictionaryMatcher matcher;
    private final Vocabulary vocabulary;

    public ClauseReader(DictionaryMatcher matcher, Vocabulary vocabulary) {
        this.matcher = matcher;
        this.vocabulary = vocabulary;
    }

    /** The relations the cues of {@code text[clause]} state of the organizations {@code orgs} names there. */
    public List<Relation> read(String text, Span clause, List<OrgMention> orgs) {
        List<OrgMention> here = orgs.stream()
                .filter(o -> o.span().start() >= clause.start() && o.span().end() <= clause.end()).toList();
        List<Relation> out = new ArrayList<>();
        if (here.isEmpty()) {
            return out;
        }
        List<Mention> cues = matcher.find(text, clause.start(), clause.end(),
                List.of(OrganizationFinder.CUES, OrganizationFinder.MARKERS, OrganizationFinder.BODIES,
                        OrganizationFinder.SELF))
                .stream().filter(m -> m.concept().inScheme(OrganizationFinder.CUES)).toList();
        for (Mention cue : cues) {
            Optional<RelationCue> rc = vocabulary.relationCue(cue.concept().iri());
            if (rc.isEmpty() || insideName(here, cue)) {
                continue;
            }
            boolean before = rc.get().nameBefore()
                    && !LABEL_AFTER.matcher(text.substring(cue.end(), Math.min(clause.end(), cue.end() + 4))).find();
            List<OrgMention> named = before ? namedBefore(text, cue, here) : namedAfter(text, cue, here, clause.end());
            for (OrgMention o : named) {
                boolean governing = o.body() && !(o.value() instanceof Value.Iri i && vocabulary.isAcademy(i.iri()))
                        || o.value() instanceof Value.Name n && GOVERNMENT_DEPARTMENT.matcher(n.name()).find();
                out.add(new Relation(governing ? rc.get().bodyRelation() : rc.get().unitRelation(), o,
                        new Span(cue.start(), cue.end())));
            }
        }
        return out;
    }

    private static boolean insideName(List<OrgMention> orgs, Mention cue) {
        return orgs.stream().anyMatch(o -> o.span().start() <= cue.start() && cue.end() <= o.span().end());
    }

    /** The name just before the cue, and the names joined to it before that. */
    private static List<OrgMention> namedBefore(String text, Mention cue, List<OrgMention> orgs) {
        List<OrgMention> out = new ArrayList<>();
        int at = cue.start();
        for (int i = orgs.size() - 1; i >= 0; i--) {
            OrgMention o = orgs.get(i);
            if (o.span().end() > at) {
                continue;
            }
            String gap = text.substring(o.span().end(), at);
            if (out.isEmpty() && ENTRUSTED.matcher(gap).matches() && o.span().start() > 0
                    && text.charAt(o.span().start() - 1) == '受') {
                at = o.span().start() - 1; // 我校受国家广播电视总局委托承办: the entrusting body stands between
                continue;
            }
            boolean adjacent = out.isEmpty() ? GAP_BEFORE.matcher(gap).matches()
                    && (!gap.contains("在") || HELD_AT.matcher(cue.surface()).matches()) // 在湖南长沙举办, not 在同一承办单位
                    : JOIN.matcher(gap).matches();
            if (!adjacent) {
                break;
            }
            out.add(0, o);
            at = o.span().start();
        }
        return out;
    }

    /** The name just after the cue, and the names joined to it after that. */
    private static List<OrgMention> namedAfter(String text, Mention cue, List<OrgMention> orgs, int end) {
        List<OrgMention> out = new ArrayList<>();
        int at = cue.end();
        for (OrgMention o : orgs) {
            if (o.span().start() < at || o.span().start() > end) {
                continue;
            }
            String gap = text.substring(at, o.span().start());
            if (!out.isEmpty() && o.value().equals(out.get(out.size() - 1).value()) && OPEN_BRACKET.matcher(gap).matches()) {
                at = o.span().end(); // "the China International Development Cooperation Agency (CIDCA) and …": its short name
                continue;
            }
            boolean adjacent = out.isEmpty() ? GAP_AFTER.matcher(gap).matches() : JOIN.matcher(gap).matches();
            if (!adjacent) {
                break;
            }
            out.add(o);
            at = o.span().end();
        }
        return out;
    }
}
