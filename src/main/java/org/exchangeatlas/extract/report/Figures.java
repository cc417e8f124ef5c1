package org.exchangeatlas.extract.report;

import static org.exchangeatlas.model.AtlasTerms.REPORTED;
import static org.exchangeatlas.model.AtlasTerms.REPORTED_PERIOD_END;
import static org.exchangeatlas.model.AtlasTerms.REPORTED_PERIOD_START;
import static org.exchangeatlas.model.AtlasTerms.XSD;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * Reads an article's figures in a sentence: a number, up to three words, then a noun of the
 * report-figures vocabulary ("1,691 files", "at least 10 other Chinese ministries and
 * departments", "21,123 participants") or a participant role ("30 journalists"), and a period of
 * years beside the documents ("files logged in 2021 and 2022"). The ends of a range ("15 to 60
 * participants"), counts per session and counts of a part ("including 30 programs", "30 of the
 * programs") are not figures of the article.
 */
final class Figures {
    /** A figure found: the document property it gives and its value. */
    record Figure(String property, Value value) {}

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\w]|[.,]\\d)"
            + "|(?i)(?<![\\p{L}-])(" + org.exchangeatlas.extract.prose.NumberWords.EN + ")(?![\\p{L}-])");
    /** What before a number makes it an end of a range: "between", "from", or a number and "to". */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)(?:\\b(?:between|from)|\\d\\s*(?:to|and|or|-|–|—))\\s*$");
    /** What before a count makes it a part of a whole: "including 30 programs", "of which 12". */
    private static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:including|of which|among them|among which|of these|of those)\\s*$");
    /** What after a count's noun makes it a part: "30 of the programs" has its noun after "of the". */
    private static final Pattern PART_AFTER = Pattern.compile("(?i)^\\s*of\\s+(?:the|them|these|those|its|their)\\b");
    /** What after the noun makes a count one per session or per day. */
    private static final Pattern PER = Pattern.compile("(?i)^\\s*(?:a|per|each|every)\\s+(?:session|day|course|program|programme|class|year)\\b|^\\s*(?:each|apiece)\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+([\\p{L}][\\p{L}'’-]*)");
    private static final Pattern PERIOD = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:and|to|through|until|-|–|—)\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final int MAX_WORDS_BETWEEN = 3;
    /** A participant role counts people too: "30 journalists", "40 local officials". */
    private static final List<String> NOUNS = List.of(ReportCues.FIGURES, ReportCues.ROLES);
    private static final String PARTICIPANTS = "participant-count";

    private final DictionaryMatcher matcher;

    Figures(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * The figures of one sentence.
     *
     * @param aboutDocuments whether the sentence speaks of the article's documents (a period of
     *                       years is read only then, or beside a figure)
     */
    List<Figure> find(String text, Span sentence, boolean aboutDocuments) {
        List<Figure> out = new ArrayList<>();
        Matcher n = NUMBER.matcher(text).region(sentence.start(), sentence.end());
        while (n.find()) {
            int value;
            if (n.group(1) != null) {
                String digits = n.group(1).replace(",", "");
                if (digits.length() > 9 || digits.length() == 4 && !n.group(1).contains(",") && digits.matches("(19|20)\\d{2}")) {
                    continue; // a year, or no count
                }
                value = Integer.parseInt(digits);
            } else {
                java.util.OptionalInt words = org.exchangeatlas.extract.prose.NumberWords.parse(n.group(2).toLowerCase(Locale.ROOT));
                if (words.isEmpty()) {
                    continue;
                }
                value = words.getAsInt(); // "Twenty-four", not its "four"
            }
            String before = text.substring(Math.max(sentence.start(), n.start() - 20), n.start());
            if (RANGE_BEFORE.matcher(before).find() || PART_BEFORE.matcher(before).find()
                    || PART_AFTER.matcher(text.substring(n.end(), sentence.end())).find()) {
                continue;
            }
            Optional<Mention> noun = nounAfter(text, n.end(), sentence.end());
            if (noun.isEmpty()) {
                continue;
            }
            String after = text.substring(noun.get().end(), sentence.end());
            if (PER.matcher(after).find() || after.matches("(?s)^\\s*(?:to|-|–)\\s*\\d.*")) {
                continue;
            }
            String slug = noun.get().concept().inScheme(ReportCues.ROLES) ? PARTICIPANTS
                    : noun.get().concept().iri().substring(noun.get().concept().iri().lastIndexOf('/') + 1);
            out.add(new Figure(REPORTED + camel(slug), new Value.Typed(String.valueOf(value), XSD + "integer")));
        }
        if (aboutDocuments || !out.isEmpty()) {
            Matcher p = PERIOD.matcher(text).region(sentence.start(), sentence.end());
            if (p.find()) {
                int a = Integer.parseInt(p.group(1));
                int b = Integer.parseInt(p.group(2));
                if (a < b) {
                    out.add(new Figure(REPORTED_PERIOD_START, new Value.Typed(p.group(1), XSD + "gYear")));
                    out.add(new Figure(REPORTED_PERIOD_END, new Value.Typed(p.group(2), XSD + "gYear")));
                }
            }
        }
        return out;
    }

    /** The figure noun after a number, with up to three words between. */
    private Optional<Mention> nounAfter(String text, int from, int to) {
        int pos = from;
        for (int words = 0; words <= MAX_WORDS_BETWEEN && pos < to; words++) {
            int start = pos;
            while (start < to && text.charAt(start) == ' ') {
                start++;
            }
            if (start == pos && words > 0 || start >= to) {
                return Optional.empty();
            }
            Optional<Mention> m = matcher.at(text, start, NOUNS);
            if (m.isPresent() && m.get().end() <= to) {
                return m;
            }
            Matcher w = NEXT_WORD.matcher(text).region(pos, to);
            if (!w.find()) {
                return Optional.empty();
            }
            pos = w.end();
        }
        return Optional.empty();
    }

    /** {@code file-count} to {@code FileCount}. */
    private static String camel(String slug) {
        StringBuilder b = new StringBuilder();
        for (String part : slug.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
