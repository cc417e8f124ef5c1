package org.exchangeatlas.extract.report;

import static org.exchangeatlas.model.AtlasTerms.HOST;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.extract.prose.OrgMention;
import org.exchangeatlas.extract.prose.Relation;
import org.exchangeatlas.source.Span;

/**
 * A training institution a program is said to be held at ("runs from June 11 to July 1 at the
 * Beijing Institute of Rural Governance", "attended the course at the Central Plains Police
 * Academy"): it carries the program out, as a 承办 unit does. Only a unit whose name says it
 * teaches (an institute, academy, university, college, school, centre) and no body of the
 * vocabulary: "a meeting at the Ministry of Commerce" says where, not who.
 */
final class HeldAt {
    /** A verb of a program's course, then "at (the)" just before the unit. */
    private static final Pattern HELD_AT = Pattern.compile(
            "(?i)\\b(?:held|run|runs|ran|running|will run|took place|takes place|opened|opens|closed|concluded|attended|attending"
            + "|began|begins|started|is taking place|was conducted|got under way|gets under way|kicked off)\\b[^.;]{0,80}?\\bat\\s+(?:the\\s+)?$");
    /** A name that says its unit teaches. */
    private static final Pattern TEACHING_UNIT = Pattern.compile(
            "\\b(?:Institute|Academy|University|College|Polytechnic|School|Centre|Center)\\b");

    /** A room or a building of a unit ("Zhixing Hall of … University"): where a ceremony is, not who holds it. */
    private static final Pattern A_ROOM = Pattern.compile(
            "\\b(?:Hall|Room|Auditorium|Building|Theatre|Theater|Hotel|Conference|Exchange|Gymnasium|Stadium)\\b");

    private HeldAt() {}

    /** Whether a name's head (before its first "of") says that its unit teaches. */
    private static boolean teaches(String name) {
        int of = name.indexOf(" of ");
        String head = of < 0 ? name : name.substring(0, of);
        return TEACHING_UNIT.matcher(head).find() && !A_ROOM.matcher(head).find();
    }

    /** The host relations {@code clause} states by holding its program at a teaching unit among {@code orgs}. */
    static List<Relation> in(String text, Span clause, List<OrgMention> orgs) {
        List<Relation> out = new ArrayList<>();
        for (OrgMention o : orgs) {
            if (o.body() || !(o.value() instanceof Value.Name n) || !teaches(n.name())) {
                continue;
            }
            var m = HELD_AT.matcher(text).region(clause.start(), o.span().start());
            if (m.find()) {
                out.add(new Relation(HOST, o, new Span(m.start(), o.span().start())));
            }
        }
        return out;
    }
}
