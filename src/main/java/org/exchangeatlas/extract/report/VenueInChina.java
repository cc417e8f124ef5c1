package org.exchangeatlas.extract.report;

import static org.exchangeatlas.extract.report.ReportCues.COUNTRIES;
import static org.exchangeatlas.extract.report.ReportCues.PLACES_IN_CHINA;

import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * Whether a clause of English reporting says its program is held at a place in China: a verb of
 * one program's course (it opened, was held, ran; the trainees visited, completed, attended) and a
 * place of {@code vocab/places-in-china.ttl} after "in" or "at" ("in Nanning", "at Guangxi
 * University", "in the Chinese city of Xiamen"), a course "in China", or the publishing
 * institution itself ("held at our university", "held on campus": these pages are Chinese institutions' own).
 */
final class VenueInChina {
    /** A verb of one program's course, not of programs in general ("many were hosted"). */
    private static final Pattern ONE_EVENT = Pattern.compile(
            "(?i)\\b(?:opened|began|started|kicked off|closed|concluded|wrapped up|(?:was|is|will be) (?:held|hosted|launched)"
            + "|runs|is running|is being run|ran|was run|held|took place|takes place|spent|visited|toured|completed|attended"
            + "|took part|returned|(?:have|has) begun|begins|(?:is|are) being held|will visit|(?:training|course|seminar|workshop)\\s+in"
            + "|completing|attending|(?:is|are) (?:currently |now )?in)\\b");
    /** A course "in China" itself ("back from a three-week course in China"). */
    private static final Pattern COURSE_IN_CHINA = Pattern.compile(
            "(?i)\\b(?:course|seminar|workshop|training|programme|program|study tour)s?\\s+(?:[\\p{L}-]+\\s+){0,2}?in\\s+China\\b(?!'s)");
    /** The trainees going to China: "will depart for China", "left for China", "arrived in China". */
    private static final Pattern TO_CHINA = Pattern.compile("(?i)\\b(?:depart(?:s|ed)?|leave|leaves|left|travel(?:s|led|ed)?|fly|flew"
            + "|head(?:s|ed)?)\\s+(?:for|to)\\s+China\\b(?!['’]s)|\\barrived\\s+in\\s+China\\b");
    /** What stands before a place the program is held at. */
    private static final Pattern AT_A_PLACE = Pattern.compile(
            "\\b(?:in|at)\\s+(?:the\\s+)?(?:(?:Chinese|southern|northern|eastern|western|central|coastal)\\s+)*"
            + "(?:(?:city|province|capital|town|region|port city)\\s+of\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:of\\s+(?:the\\s+)?)?){0,5}$");
    /** The publishing institution as a venue: "held at our university", "in the ... of our school". */
    private static final Pattern OUR_PLACE = Pattern.compile(
            "(?i)\\b(?:in|at)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,5}?(?:of\\s+)?our\\s+(?:university|college|school|institute|academy|campus)\\b"
            + "|\\bon\\s+(?:the\\s+|its\\s+|our\\s+)?campus\\b");

    /**
     * A ceremony or a course held at a teaching institution by its English name ("was held at
     * Jinling Polytechnic University", "held in the Silk Road Hall of Chang'an College of Tourism"):
     * the pages that report these are the institutions' own, and China's.
     */
    private static final Pattern AT_AN_INSTITUTION = Pattern.compile(
            "\\b(?:was held|were held|is held|opened|took place|was launched)\\s+(?:on\\s+[^,.;]{1,40}?\\s+)?(?:in|at)\\s+(?:the\\s+)?"
            + "(?:[\\p{Lu}][\\p{L}'’-]*\\s+(?:of\\s+(?:the\\s+)?)?){0,8}?(?:University|College|Polytechnic|Institute|Academy)\\b"
            + "(?:\\s+(?:of|for|in)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,3})?"); // the whole name, "of Ghana" too
    /** A word of delivery elsewhere than in China, which no venue overrules. */
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:abroad|overseas|online|virtual(?:ly)?|video link|home countr(?:y|ies))\\b");

    private final DictionaryMatcher matcher;

    VenueInChina(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    boolean in(String text, Span clause) {
        if (TO_CHINA.matcher(clause.of(text)).find()) {
            return true; // "officials who will depart for China to attend the seminar": taught there in person
        }
        if (!ONE_EVENT.matcher(clause.of(text)).find()) {
            return false;
        }
        if (OUR_PLACE.matcher(text).region(clause.start(), clause.end()).find()
                || COURSE_IN_CHINA.matcher(text).region(clause.start(), clause.end()).find()) {
            return true;
        }
        java.util.regex.Matcher institution = AT_AN_INSTITUTION.matcher(text).region(clause.start(), clause.end());
        if (institution.find() && !ELSEWHERE.matcher(clause.of(text)).find()
                && matcher.find(text, institution.start(), institution.end(), List.of(COUNTRIES)).isEmpty()) {
            return true; // not "held at the University of Ghana" (a country in its name)
        }
        for (Mention place : matcher.find(text, clause.start(), clause.end(), List.of(PLACES_IN_CHINA))) {
            if (AT_A_PLACE.matcher(text.substring(Math.max(clause.start(), place.start() - 50), place.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
