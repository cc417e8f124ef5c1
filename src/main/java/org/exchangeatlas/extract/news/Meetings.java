package org.exchangeatlas.extract.news;

import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.Optional;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * A meeting is no program, but it is a contact: in a sentence with a meeting cue (会见, 会谈), each
 * body named before the cue engaged with each country named after it ({@code atlas:engagedWith}),
 * never with the home country. A body that met a program's trainees engaged with each country
 * they came from.
 */
final class Meetings {
    /** Where a clause ends: whom a body met is named in the cue's own clause. */
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[，,；;]");
    private static final java.util.regex.Pattern AND_THEN = java.util.regex.Pattern.compile("\\s*(?:以及|并会见|及|和)");
    /** Whom a body met named before the cue: A 同/与 B 举行会谈. */
    private static final java.util.regex.Pattern WITH_BEFORE = java.util.regex.Pattern.compile("[同与和]\\S{0,30}$");
    /** An item of a list of other reports: a bullet before it, or its date in brackets after it. */
    private static final java.util.regex.Pattern HEADLINE_ITEM = java.util.regex.Pattern.compile(
            "^\\s*[·•▸▪●◆■>»*]|[（(]\\s*(?:19|20)\\d{2}[-./年]\\d{1,2}[-./月]\\d{1,2}日?\\s*[）)]\\s*$");
    private static final List<String> MEETING = List.of(scheme("engagement-cues"), scheme("bodies"), scheme("countries"),
            scheme("non-countries"), scheme("non-bodies"));
    private static final String RULE = id("rule", "meeting");
    private static final java.util.regex.Pattern TRAINEES = java.util.regex.Pattern.compile("学员|研修班全体|培训班全体|trainees|participants");

    private final DictionaryMatcher matcher;
    private final Optional<String> home;

    Meetings(DictionaryMatcher matcher, Optional<String> home) {
        this.matcher = matcher;
        this.home = home;
    }

    /**
     * The bodies that met a program's trainees in the sentence (中联部副部长会见了研修班全体学员):
     * named before the cue, with the trainees after it and no country named. Each engaged with
     * every country the trainees came from.
     */
    List<String> metTrainees(String text, Span sentence) {
        List<Mention> ms = matcher.find(text, sentence.start(), sentence.end(), MEETING);
        Optional<Mention> cue = ms.stream().filter(m -> m.concept().inScheme(scheme("engagement-cues"))).findFirst();
        if (cue.isEmpty() || ms.stream().anyMatch(m -> m.concept().inScheme(scheme("countries")) && m.start() >= cue.get().end())
                || !TRAINEES.matcher(text).region(cue.get().end(), sentence.end()).find()) {
            return List.of();
        }
        return ms.stream().filter(b -> b.concept().inScheme(scheme("bodies")) && b.end() <= cue.get().start())
                .map(b -> b.concept().iri()).distinct().toList();
    }

    /** A person's name just before a meeting cue: 孙立衡还会见了, 她在京会见 (not a pronoun). */
    private static final java.util.regex.Pattern PERSON_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[，,。\\s])(?<name>\\p{IsHan}{2,4}?)(?:还|也|又|随后|分别|同日|当天|在京|在北京|在\\p{IsHan}{2,3})*$");
    /** How far after a body its official's name may stand: 中联部副部长孙立衡. */
    private static final int TITLE_REACH = 12;

    /**
     * The body a person who met a delegation was named with earlier on the page (中联部副部长孙立衡 …
     * 同日，孙立衡还会见了……): the subject of a meeting sentence that names no body.
     */
    private Optional<Mention> personsBody(String text, Span sentence, Mention cue) {
        Matcher p = PERSON_BEFORE.matcher(text).region(sentence.start(), cue.start());
        if (!p.find()) {
            return Optional.empty();
        }
        String name = p.group("name");
        Optional<Mention> found = Optional.empty();
        for (Mention b : matcher.find(text, 0, sentence.start(), List.of(scheme("bodies")))) {
            int to = Math.min(sentence.start(), b.end() + TITLE_REACH);
            if (text.substring(b.end(), to).contains(name)) {
                found = Optional.of(b);
            }
        }
        return found;
    }

    /** The engagements the sentence {@code text[sentence]} states. */
    List<Fact> in(String text, Span sentence) {
        if (HEADLINE_ITEM.matcher(sentence.of(text)).find()) {
            return List.of(); // "· 中联部部长会见越南共产党代表团（2025-10-17）": a link to another report, not this page's
        }
        List<Mention> ms = matcher.find(text, sentence.start(), sentence.end(), MEETING);
        Optional<Mention> cue = ms.stream().filter(m -> m.concept().inScheme(scheme("engagement-cues"))).findFirst();
        List<Fact> out = new ArrayList<>();
        if (cue.isEmpty()) {
            return out;
        }
        // whom the body met is named in the cue's own clause (会见尼泊尔共产党代表团，双方就……交换意见): the
        // countries of what the two sides then discussed are no contact
        Matcher clauseEnd = CLAUSE_END.matcher(text).region(cue.get().end(), sentence.end());
        int objectEnd = sentence.end();
        while (clauseEnd.find()) {
            objectEnd = clauseEnd.start();
            if (!AND_THEN.matcher(text).region(clauseEnd.end(), sentence.end()).lookingAt()) {
                break; // 会见A代表团，以及B考察团: the second is met too
            }
            objectEnd = sentence.end();
        }
        List<Mention> subjects = new ArrayList<>(ms.stream().filter(b -> b.concept().inScheme(scheme("bodies"))
                && b.end() <= cue.get().start()).toList());
        if (subjects.isEmpty()) {
            personsBody(text, sentence, cue.get()).ifPresent(subjects::add); // 同日，孙立衡还会见了……: the body named with him before
        }
        for (Mention b : subjects) {
            for (Mention c : ms) {
                boolean met = c.start() >= cue.get().end() && c.end() <= objectEnd
                        || c.start() >= b.end() && c.end() <= cue.get().start() // 中联部部长助理同塞尔维亚前进党副主席举行视频会晤
                                && WITH_BEFORE.matcher(text.substring(b.end(), c.start())).find()
                                && !CLAUSE_END.matcher(text.substring(b.end(), cue.get().start())).find();
                if (c.concept().inScheme(scheme("countries")) && met && home.filter(c.concept().iri()::equals).isEmpty()) {
                    out.add(new Fact(b.concept().iri(), ENGAGED_WITH, new Value.Iri(c.concept().iri()), sentence, RULE));
                }
            }
        }
        return out;
    }
}
