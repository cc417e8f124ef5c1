package org.exchangeatlas.eval;

import java.math.BigInteger;
import org.apache.jena.graph.Node;
import org.exchangeatlas.vocab.LabelNormalizer;

/**
 * The one form in which a gold value and a stated fact's object are compared: an IRI as it is, a
 * title folded (no white space, quote marks or case), a number by its value, a date as
 * {@code YYYY-MM-DD}.
 */
final class ValueKeys {
    private static final String QUOTES = "“”‘’「」『』《》〈〉\"'";

    private ValueKeys() {}

    /** The key of a stated fact's object. */
    static String of(Field field, Node object) {
        if (object.isURI()) {
            return object.getURI();
        }
        if (!object.isLiteral()) {
            return object.toString();
        }
        return literal(field, object.getLiteralLexicalForm());
    }

    /** The key of a literal value of {@code field} (a title, a number, a date) as written. */
    static String literal(Field field, String lexical) {
        return switch (field.kind()) {
            case TITLE -> "title:" + foldTitle(lexical);
            case NUMBER -> number(lexical);
            case DATE -> lexical.strip();
            default -> lexical;
        };
    }

    /** The key of an engagement: the body's and the country's IRIs. */
    static String engagement(String body, String country) {
        return body + " " + country;
    }

    /**
     * A title without white space and quote marks, folded as labels are and in lower case, and
     * without a short bracket at its end: 研修班（线上） and "Seminar ... (Online)" are the same name,
     * the bracket is the delivery, scored as such.
     */
    static String foldTitle(String title) {
        StringBuilder b = new StringBuilder(title.length());
        for (char c : LabelNormalizer.fold(title).toCharArray()) {
            if (!Character.isWhitespace(c) && QUOTES.indexOf(c) < 0) {
                b.append(c);
            }
        }
        return TRAILING_BRACKET.matcher(b).replaceFirst("");
    }

    private static final java.util.regex.Pattern TRAILING_BRACKET = java.util.regex.Pattern.compile("\\([^()]{1,12}\\)$");

    private static String number(String lexical) {
        try {
            return new BigInteger(lexical.strip()).toString();
        } catch (NumberFormatException e) {
            return lexical.strip();
        }
    }
}
