package org.exchangeatlas.vocab;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A country's dated membership of a group, as the vocabularies state it.
 *
 * @param iri     the membership node
 * @param group   the group or region IRI
 * @param country the member country IRI
 * @param from    first day of membership, if known
 * @param until   day membership ended, if it did
 * @param tier    the tier concept (core/wider) for tiered groups, if any
 */
public record Membership(String iri, String group, String country, Optional<LocalDate> from,
                         Optional<LocalDate> until, Optional<String> tier) {

    /** Whether the country was a member at some time during the given year. */
    public boolean activeIn(int year) {
        boolean started = from.map(d -> d.getYear() <= year).orElse(true);
        boolean notEnded = until.map(d -> d.getYear() >= year).orElse(true);
        return started && notEnded;
    }
}
