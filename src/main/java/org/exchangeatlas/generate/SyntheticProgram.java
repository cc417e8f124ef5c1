package org.exchangeatlas.generate;

import java.time.LocalDate;
import java.util.List;
import org.exchangeatlas.vocab.Concept;

/**
 * One made-up program, drawn from the vocabularies: what its notices state.
 *
 * @param number       its number in the corpus (from 0), which names its files
 * @param year         the year in its title
 * @param organizer    the body that runs it
 * @param host         the host unit's name (a made-up institution, in Chinese)
 * @param hostEnglish  the host unit's name in English
 * @param target       a country (bilateral) or a group or region (multilateral)
 * @param group        whether {@code target} is a group or region
 * @param role         the participants' role
 * @param topics       one or two topics
 * @param type         the program type
 * @param online       delivered online (else in China)
 * @param start        first day
 * @param end          last day
 * @param participants the number of participants
 * @param priorExchangeReport whether participants must report their earlier exchanges with other countries
 */
public record SyntheticProgram(int number, int year, Concept organizer, String host, String hostEnglish,
                               Concept target, boolean group, Concept role, List<Concept> topics, Concept type,
                               boolean online, LocalDate start, LocalDate end, int participants,
                               boolean priorExchangeReport) {
    public SyntheticProgram {
        topics = List.copyOf(topics);
    }
}
