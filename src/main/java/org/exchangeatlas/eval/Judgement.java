package org.exchangeatlas.eval;

/**
 * One scored fact: a gold value the atlas states (right), one it misses, or a fact it states
 * that the gold file does not (wrong).
 *
 * @param verdict       right, wrong or missed
 * @param field         the fact's field
 * @param document      the document, as the gold file names it
 * @param genre         the document's genre
 * @param program       the program it is about, as the gold file names it (its title, or
 *                      {@code programs[i]}), or the extracted program's label when no gold program
 *                      was paired with it; null for an engagement
 * @param value         the value: as written in gold (right, missed), as the atlas states it (wrong)
 * @param stated        the stated fact, with its passage and rules (null when missed)
 * @param mustNotAppear whether the gold file lists it among the facts that must not appear
 * @param unpaired      whether it is about an extracted program paired with no gold program
 */
public record Judgement(Verdict verdict, Field field, String document, String genre, String program, String value,
                        Stated stated, boolean mustNotAppear, boolean unpaired) {

    /** How a fact was judged. */
    public enum Verdict { RIGHT, WRONG, MISSED }
}
