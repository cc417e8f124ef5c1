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

    /** Each course's facts, by property local name (IRIs shortened as in the harness). */
    private static Set<String> of(ExtractionHarness.Extracted e, String title, String property) {
        ProgramRecord p = e.programs().stream().filter(x -> x.title().startsWith(title)).findFirst().orElseThrow();
        return e.raw().stream().filter(f -> f.subject().equals(p.iri()) && f.predicate().endsWith("#" + property))
                .map(f -> f.object().toString().replaceAll(".*/", "").replace("]", "")).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aLastCourseWithASponsorLineOfItsOwnKeepsItsTargetAndTheEligibilitySectionHoldsForAll() {
        String circular = """
                CIRCULAR

                1. The courses below are sponsored by the Ministry of Commerce (MOFCOM) unless otherwise stated.

                   (a) Seminar on Rice Farming for Developing Countries
                       Implementing institution: Dongting Agricultural College
                       Duration: 3rd May - 23rd May, 2026
                       Total places: 30
                       Target: officials responsible for agricultural policy

                   (b) Training Course on Solar Power Technology for Developing Countries
                       Sponsor: Ministry of Science and Technology of the People's Republic of China (MOST)
                       Implementing institution: Qilian Solar Energy Institute
                       Duration: 7th June - 27th June, 2026
                       Total places: 20
                       Target: engineers of energy agencies

                2. ELIGIBILITY
                   Applicants must:
                   (i)  be not more than 45 years of age;
                   (ii) be medically fit to travel.
                """;
        ExtractionHarness.Extracted e = ExtractionHarness.run(circular, "en");
        assertEquals(2, e.programs().size());
        assertEquals(Set.of("government-officials"), of(e, "Seminar on Rice", "participantRole"));
        assertEquals(Set.of("technicians"), of(e, "Training Course on Solar", "participantRole"));
        assertEquals(Set.of("most"), of(e, "Training Course on Solar", "organizer"));
        for (String title : List.of("Seminar on Rice", "Training Course on Solar")) {
            assertEquals(Set.of("age-limit", "health"), of(e, title, "requirement"), title);
        }
    }

    @Test
    void headingsJoinedByAndLabelTheirFieldsAndAnOrganizationFieldInProseIsReadForItsCues() {
        String note = """
                Call for Nominations

                1. Title of the program
                2026 Seminar on Port Logistics for Pacific Island Countries

                2. Sponsor and implementing institution
                The seminar is sponsored by the Ministry of Commerce (MOFCOM) and implemented by the Taiping Maritime \
                Training Institute. Lectures will be given by experts of the General Administration of Customs.

                3. Duration and venue
                From 4 June to 17 June 2026, in Ningbo, Zhejiang Province.

                4. Invited countries and number of participants
                The seminar admits 25 participants from Fiji, Samoa and Tonga.
                """;
        ExtractionHarness.Extracted e = ExtractionHarness.run(note, "en");
        assertEquals(1, e.programs().size());
        assertEquals(new TreeSet<>(Set.of("mofcom")), e.values("organizer"), "not the lecturers' administration");
        assertEquals(new TreeSet<>(Set.of("Taiping Maritime Training Institute")), e.values("host"));
        assertEquals(new TreeSet<>(Set.of("FJ", "TO", "WS")), e.values("targetCountry"));
        assertEquals(new TreeSet<>(Set.of("25")), e.values("participantCount"));
        assertEquals(new TreeSet<>(Set.of("2026-06-04")), e.values("startDate"));
        assertEquals(List.of(), e.problems(), "the sentence is no organization's name");
    }
}
