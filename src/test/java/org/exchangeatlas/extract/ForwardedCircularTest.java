package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A partner government's circular that forwards the courses China offers, written for this test:
 * the sponsor in the opening prose, each course under a letter with labelled lines, a country's
 * places in brackets or on a line of their own, and requirements under the last course for all.
 */
class ForwardedCircularTest {
    private static final String CIRCULAR = """
            REPUBLIC OF ZAMBIA
            CABINET OFFICE

            CIRCULAR NO. 22 OF 2025

            Cabinet Office wishes to inform you that the Government of the People's Republic of China, through the Ministry of Commerce (MOFCOM), has offered Zambia places on the following programmes:

            A. SEMINAR ON SMART AGRICULTURE FOR AFRICAN COUNTRIES
            Duration: 2nd to 22nd September, 2025
            Venue: Nanning, Guangxi
            Organiser: Guangxi International Agricultural Training Institute
            Number of participants: 30 (Zambia: 3)

            B. WORKSHOP ON CUSTOMS RISK MANAGEMENT FOR DEVELOPING COUNTRIES
            Duration: 6th to 26th October, 2025
            Venue: Shanghai
            Organiser: Shanghai Customs College
            Places for Zambia: 2

            Applicants must be aged below 50 years, be in good health and be proficient in English.
            """;

    @Test
    void theSponsorInTheProseOrganizesAndTheOrganiserFieldHosts() {
        ExtractionHarness.Extracted e = ExtractionHarness.run(CIRCULAR, "en");
        assertEquals(2, e.programs().size());
        assertEquals(new TreeSet<>(Set.of("mofcom")), e.values("organizer"));
        assertEquals(new TreeSet<>(Set.of("Guangxi International Agricultural Training Institute", "Shanghai Customs College")),
                e.values("host"));
        assertEquals(new TreeSet<>(Set.of("ZM")), e.values("targetCountry"));
        for (ProgramRecord p : e.programs()) {
            List<String> requirements = e.raw().stream()
                    .filter(f -> f.subject().equals(p.iri()) && f.predicate().endsWith("#requirement"))
                    .map(f -> f.object().toString().replaceAll(".*/", "").replace("]", "")).sorted().distinct().toList();
            assertEquals(List.of("age-limit", "health", "language"), requirements, p.title());
        }
    }
}
