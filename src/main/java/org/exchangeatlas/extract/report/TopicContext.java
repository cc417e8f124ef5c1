package org.exchangeatlas.extract.report;

import static org.exchangeatlas.extract.report.ReportCues.TOPICS;
import static org.exchangeatlas.extract.report.ReportCues.TYPES;
import static org.exchangeatlas.extract.report.ReportCues.BODIES;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Mention;

/**
 * Where a topic word in an article says nothing of what a program teaches: inside a person's
 * quoted words ("Tuna is our gold," said a senior fisheries officer), or naming the office
 * participants come from ("officials of ministries of agriculture, trade and industry", "a senior
 * fisheries officer", "staff working on climate change and water resources"). A quote that holds a
 * kind of program is a title, whose topics are the program's.
 */
final class TopicContext {
    /**
     * An office or a field of work before a topic word, written as a kind of office, not as a
     * named one: "ministries of agriculture, trade and …", "working on climate change and …"
     * (not "the Ministry of Commerce opened a seminar on …").
     */
    private static final Pattern OFFICE_BEFORE = Pattern.compile(
            "(?:\\b(?:ministr(?:y|ies)|departments?|agenc(?:y|ies)|authorit(?:y|ies)|bureaus?)\\s+(?:of|for)"
            + "|\\bworking\\s+(?:on|in))\\s+(?:[a-z-]+,?\\s+){0,4}?(?:and\\s+)?$");
    /** A person's post after a topic word: "fisheries officer", "agriculture officials". */
    private static final Pattern POST_AFTER = Pattern.compile("(?i)^\\s+(?:officers?|officials?|specialists?|workers?|staff|inspectors?)\\b");
    private static final int REACH = 80;
    /**
     * A sentence of what the course went through ("Lectures covered …", "Sessions cover …", "the
     * group studied …", "visits to … villages"): the subjects of its days, not the theme the
     * program is run on, which its name and its lead state.
     */
    private static final Pattern COURSE_CONTENT = Pattern.compile(
            "(?i)\\b(?:lectures?|sessions?|classes|curriculum|modules?|field (?:visits?|trips?)|site visits?)\\s+"
            + "(?:also\\s+)?(?:covered|cover|covering|included|include|focused|focus|dealt|on)\\b"
            + "|\\b(?:studied|toured|visited|were shown|learned about|learnt about|will (?:also )?visit|attended lectures"
            + "|sessions were held|included (?:recorded )?\"?virtual\"? visits)\\b");
    /** A person's words reported (said, noted, thanked) in a sentence that names no body: what they spoke of. */
    private static final Pattern SAID = Pattern.compile("(?i)\\b(?:said|noted|told|added|stressed|thanked|hoped)\\b");

    private TopicContext() {}

    /** {@code names} without the topic words that say nothing of a program. */
    static List<Mention> about(String text, Span sentence, List<Mention> names) {
        List<Span> speech = speech(text, sentence, names);
        boolean noType = names.stream().noneMatch(n -> n.concept().inScheme(TYPES)); // not "attended the Seminar on …"
        boolean content = noType && (COURSE_CONTENT.matcher(text).region(sentence.start(), sentence.end()).find()
                || SAID.matcher(text).region(sentence.start(), sentence.end()).find()
                        && names.stream().noneMatch(n -> n.concept().inScheme(BODIES)));
        List<Mention> out = new ArrayList<>();
        for (Mention m : names) {
            if (m.concept().inScheme(TOPICS) && (content || inside(speech, m) || office(text, sentence, m))) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static boolean office(String text, Span sentence, Mention m) {
        String before = text.substring(Math.max(sentence.start(), m.start() - REACH), m.start());
        String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + 20));
        return OFFICE_BEFORE.matcher(before).find() || POST_AFTER.matcher(after).find();
    }

    /** The quoted spans of the sentence that hold no kind of program (words said, not a title). */
    private static List<Span> speech(String text, Span sentence, List<Mention> names) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '"' && open < 0) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                int from = open;
                int to = i;
                boolean title = names.stream().anyMatch(n -> n.concept().inScheme(TYPES) && n.start() > from && n.end() <= to);
                if (!title) {
                    out.add(new Span(from, to));
                }
                open = -1;
            }
        }
        if (open >= 0) { // a quote that runs on past the sentence's end
            int from = open;
            if (names.stream().noneMatch(n -> n.concept().inScheme(TYPES) && n.start() > from)) {
                out.add(new Span(open, sentence.end()));
            }
        }
        return out;
    }

    private static boolean inside(List<Span> spans, Mention m) {
        return spans.stream().anyMatch(s -> s.start() < m.start() && m.end() <= s.end());
    }
}
