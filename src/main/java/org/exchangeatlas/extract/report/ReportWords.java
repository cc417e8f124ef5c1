package org.exchangeatlas.extract.report;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The closed classes of English words the reporting reader weighs around a program word or a
 * body, read from {@code vocab/report-cues.ttl} ({@code atlas:word}) so that a wording is a line
 * of data, not an edit of a pattern: the articles that point back or begin a new program, the
 * words of other programs, the negations of a clause and the words before a partner's name.
 *
 * @param definite   "the", "these": a program word after one points back
 * @param indefinite "a", "another": a program word after one begins a new program
 * @param others     "similar", "previous": a program word after one is other programs
 * @param negation   a clause in which one stands denies
 * @param partner    the end of the text before a body's name that makes it a partner
 */
record ReportWords(Set<String> definite, Set<String> indefinite, Set<String> others, Pattern negation, Pattern partner) {

    static ReportWords from(Vocabulary vocabulary) {
        List<String> negations = vocabulary.words(AtlasTerms.id("report-cue", "negation-words"));
        String words = negations.stream().filter(w -> !w.startsWith("n'")).map(Pattern::quote).collect(Collectors.joining("|"));
        // "n't" ends a verb (didn't, isn't), so it has no word boundary before it; either apostrophe
        String contracted = negations.stream().filter(w -> w.startsWith("n'"))
                .map(w -> "n['’]" + Pattern.quote(w.substring(2))).collect(Collectors.joining("|"));
        Pattern negation = Pattern.compile("(?i)\\b(?:" + words + ")\\b" + (contracted.isEmpty() ? "" : "|(?:" + contracted + ")\\b"));
        String partners = vocabulary.words(AtlasTerms.id("report-cue", "partner-words")).stream()
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        Pattern partner = Pattern.compile("(?i)\\b(?:" + partners + ")\\s+(?:the\\s+)?(?:China['’]s\\s+|Chinese\\s+)?$");
        return new ReportWords(Set.copyOf(vocabulary.words(AtlasTerms.id("report-cue", "definite-words"))),
                Set.copyOf(vocabulary.words(AtlasTerms.id("report-cue", "indefinite-words"))),
                Set.copyOf(vocabulary.words(AtlasTerms.id("report-cue", "other-program-words"))), negation, partner);
    }
}
