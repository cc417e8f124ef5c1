package org.exchangeatlas.extract.news;

import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Clauses;
import org.exchangeatlas.source.Span;

/**
 * A line of credits at the foot of a report: (主办单位：商务部　承办单位：某某学院　协办单位：某某厅).
 * Its fields are set apart by spaces, not by commas, and each is a label before a colon and the
 * names after it; it names the units of every program the page reports.
 */
final class Credits {
    private static final Pattern LINE = Pattern.compile("^[\\s（(【\\[]*(?:主办|承办|协办|执行|实施|支持)单位\\s*[:：]");
    /** Where one field ends: a run of spaces (two or more, or an ideographic one) or a comma or semicolon. */
    private static final Pattern FIELD_END = Pattern.compile("\\s{2,}|\u3000|[，,；;]");

    private Credits() {}

    /** Whether a sentence is a line of credits. */
    static boolean is(String folded, Span sentence) {
        return LINE.matcher(folded.substring(sentence.start(), sentence.end())).find();
    }

    /** The fields of a line of credits, each a label, a colon and names. */
    static List<Span> fields(String text, Span sentence) {
        return Clauses.between(text, sentence, FIELD_END);
    }
}
