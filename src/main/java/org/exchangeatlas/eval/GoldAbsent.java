package org.exchangeatlas.eval;

/**
 * A fact a gold file says must not appear (a lecturer's ministry as organizer): each one the
 * atlas states anyway is counted wrong and listed first.
 *
 * @param field      the field
 * @param value      the value as written (null for {@link Field#ENGAGED_WITH})
 * @param engagement the body and country, for {@link Field#ENGAGED_WITH} only (else null)
 */
public record GoldAbsent(Field field, String value, GoldEngagement engagement) {
    /** The value as a person reads it. */
    public String written() {
        return engagement == null ? value : engagement.body() + " -> " + engagement.country();
    }
}
