package org.exchangeatlas.extract.report;

import static org.exchangeatlas.extract.report.ReportCues.COUNTRIES;
import static org.exchangeatlas.extract.report.ReportCues.GROUPS;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Mention;

/**
 * Where a sentence tells a unit's record in a relative clause ("run by the Luoyang Institute, a
 * college that has trained farm technicians from across Asia and Africa"): the places that clause
 * names are where the unit's past trainees came from, not whom the program reported targets.
 */
final class UnitsRecord {
    /** A relative clause of a record: "that has trained", "which has hosted", "who have trained". */
    private static final Pattern RECORD = Pattern.compile(
            "(?i)\\b(?:that|which|who)\\s+(?:has|have|had)\\s+(?:\\w+\\s+)?(?:trained|hosted|received|run|taught|welcomed)\\b");

    private UnitsRecord() {}

    /** {@code names} without the countries and groups a record clause of the sentence names. */
    static List<Mention> about(String text, Span sentence, List<Mention> names) {
        Matcher m = RECORD.matcher(text).region(sentence.start(), sentence.end());
        if (!m.find()) {
            return names;
        }
        int from = m.start();
        return names.stream().filter(n -> n.start() < from
                || !(n.concept().inScheme(COUNTRIES) || n.concept().inScheme(GROUPS))).toList();
    }
}
