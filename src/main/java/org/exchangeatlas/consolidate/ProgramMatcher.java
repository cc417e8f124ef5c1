package org.exchangeatlas.consolidate;

import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges whether two program keys name one program: a notice and its translation, an article
 * and the notice it reports, a table row and a notice.
 * <p>Hard rules first, which no score can overrule: not two programs of one document; the same
 * year (both stated); the same stated
 * target groups; compatible target countries where both sources list them (equal when either is
 * bilateral, else a Jaccard overlap of at least 0.8, since a revision may add a country; a source
 * that names only the group, as a notice of the group does beside an article listing some of its
 * members, is compatible with any list); a shared organizer when both
 * name one; compatible topics (Jaccard at least 0.5 when both state topics); no two different
 * stated start dates, unless one side is revised notices only (a revision exists to move dates;
 * where the original is in the same key, its dates are among the key's).
 * Then a score in
 * [0, 1]: 0.35 for matching dates (or one side without dates), 0.25 × the Jaccard overlap of
 * roles, 0.25 × that of topics, 0.15 for the same program type. Two keys that pass the hard
 * rules and score at least {@link #THRESHOLD} are one program.
 * <p>Why 0.6: a translation of a notice states the same dates, roles and topics and scores near
 * 1; two different programs of one body for one group in one year pass the hard rules only when
 * their topics overlap, and then differ in dates (they cannot run at once for the same officials)
 * and in roles or type, which keeps them under 0.6. Where they differ only in dates (two sessions
 * of one course in a year, the same roles, topics and type: 0.65 without the date rule) the
 * dates decide. A press report without dates that names the
 * body, target and topics of a notice scores 0.35 + its role and topic overlap: it merges when
 * its topics and roles largely agree.
 */
public final class ProgramMatcher {
    public static final double THRESHOLD = 0.6;

    /** The properties the rules and the score read, each IRI mapped to itself (one copy of each key). */
    public static final Map<String, String> FEATURES = Stream.of(YEAR, TARGET_GROUP, TARGET_COUNTRY, ORGANIZER,
            START_DATE, TOPIC, PARTICIPANT_ROLE, PROGRAM_TYPE, TITLE).collect(Collectors.toUnmodifiableMap(p -> p, p -> p));

    /** Whether {@code a} and {@code b} are one program. */
    public boolean same(ProgramSources a, ProgramSources b) {
        return passesHardRules(a, b) && score(a, b) >= THRESHOLD;
    }

    boolean passesHardRules(ProgramSources a, ProgramSources b) {
        if (bothOfOneDocument(a, b)) {
            return false;
        }
        Set<String> ya = a.get(YEAR);
        Set<String> yb = b.get(YEAR);
        if (ya.isEmpty() || yb.isEmpty() || !ya.equals(yb)) {
            return false;
        }
        if (!a.get(TARGET_GROUP).equals(b.get(TARGET_GROUP))) {
            return false;
        }
        Set<String> ca = a.get(TARGET_COUNTRY);
        Set<String> cb = b.get(TARGET_COUNTRY);
        if (ca.isEmpty() != cb.isEmpty() && a.get(TARGET_GROUP).isEmpty()) {
            return false; // bilateral on one side, nothing on the other
        }
        if (!ca.isEmpty() && !cb.isEmpty() && (ca.size() == 1 || cb.size() == 1 ? !ca.equals(cb) : jaccard(ca, cb) < 0.8)) {
            return false;
        }
        Set<String> oa = a.get(ORGANIZER);
        Set<String> ob = b.get(ORGANIZER);
        if (!oa.isEmpty() && !ob.isEmpty() && disjoint(oa, ob)) {
            return false;
        }
        Set<String> da = a.get(START_DATE);
        Set<String> db = b.get(START_DATE);
        if (!da.isEmpty() && !db.isEmpty() && disjoint(da, db) && !a.revisionOnly() && !b.revisionOnly()) {
            return false;
        }
        Set<String> ta = a.get(TOPIC);
        Set<String> tb = b.get(TOPIC);
        return ta.isEmpty() || tb.isEmpty() || jaccard(ta, tb) >= 0.5;
    }

    double score(ProgramSources a, ProgramSources b) {
        double s = 0;
        Set<String> da = a.get(START_DATE);
        Set<String> db = b.get(START_DATE);
        if (da.isEmpty() || db.isEmpty() || !disjoint(da, db)) {
            s += 0.35;
        }
        s += 0.25 * jaccardOrOne(a.get(PARTICIPANT_ROLE), b.get(PARTICIPANT_ROLE));
        s += 0.25 * jaccardOrOne(a.get(TOPIC), b.get(TOPIC));
        Set<String> pa = a.get(PROGRAM_TYPE);
        Set<String> pb = b.get(PROGRAM_TYPE);
        if (pa.isEmpty() || pb.isEmpty() || !disjoint(pa, pb)) {
            s += 0.15;
        }
        return s;
    }

    /**
     * Two programs one document states are two programs, however alike the rest: its reader kept
     * them apart ("the closing of the "A" and the "B": both courses were hosted by ...", two
     * aggregates of one ministry in one release).
     */
    private static boolean bothOfOneDocument(ProgramSources a, ProgramSources b) {
        return a.documents().keySet().stream().anyMatch(b.documents()::containsKey);
    }

    private static double jaccardOrOne(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() ? 1.0 : jaccard(a, b);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1.0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
