package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An embassy's call for nominations written for this test: programmes under "Name:" lines, and
 * general requirements for all nominees below them, which say who the nominees must be and how old.
 */
class EnglishCallForNominationsTest {
    @Test
    void eachProgrammeNamedOnANameLineGetsTheGeneralRequirementsRolesAndAgeLimit() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                The Ministry of Commerce of China (MOFCOM) will sponsor the following programmes in 2019.

                Programme 1
                Name: Seminar on Rural Water Supply for Developing Countries
                Dates: 4 June – 24 June 2019
                Implemented by: Hunan Water Resources College

                Programme 2
                Name: Training Course on Bamboo Weaving for Pacific Island Countries
                Dates: 2 July – 22 July 2019
                Implemented by: Anji Bamboo Training Centre

                General requirements for all nominees:
                (a) Nominees should be government officials or technical staff, aged 45 or below.
                (b) Nominees should have a good command of English.
                """, "en");
        assertEquals(List.of("Seminar on Rural Water Supply for Developing Countries",
                "Training Course on Bamboo Weaving for Pacific Island Countries"), x.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(new TreeSet<>(Set.of("government-officials", "technicians")), x.values("participantRole"));
        assertEquals(new TreeSet<>(Set.of("age-limit", "language")), x.values("requirement"));
    }

    @Test
    void aParticipantsFieldThatOpensWithTheirNumberGivesTheCount() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                1. Seminar on Harbour Pilotage for Developing Countries

                   Sponsor:         MOFCOM
                   Dates:           3 June 2025 to 23 June 2025
                   Participants:    26, drawn from port authorities and maritime
                                    administrations (officials and pilots)
                """, "en");
        assertEquals(new TreeSet<>(Set.of("26")), x.values("participantCount"));
    }

    @Test
    void aTitleThatNamesItsWayOfDeliveryGivesIt() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                3. Online Workshop on Port Logistics for Asian Countries

                   Sponsor:         MOFCOM
                   Dates:           8 July 2025 to 19 July 2025 (sessions 14:00-17:00 Beijing time)
                """, "en");
        assertEquals(new TreeSet<>(Set.of("online")), x.values("delivery"));
    }

    @Test
    void aTableRowWhoseCellHoldsALineBreakIsStillOneProgramme() {
        // as Tika writes an HTML table whose dates cell has a <br> before the city
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                China's Ministry of Commerce (MOFCOM) will fund the programmes below.

                \tNo.\tProgramme\tDates / Venue\tImplementing Agency\tPlaces
                \t1\tSeminar on Grain Storage for Developing Countries\t5–25 May 2026
                Zhengzhou, Henan\tHenan Grain Storage Training Centre\t24
                \t2\tWorkshop on Mangrove Restoration for Asian Countries\t9–29 June 2026
                Haikou, Hainan\tHainan Coastal Ecology College\t18
                """, "en");
        assertEquals(List.of("Seminar on Grain Storage for Developing Countries",
                "Workshop on Mangrove Restoration for Asian Countries"), x.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(new TreeSet<>(Set.of("Henan Grain Storage Training Centre", "Hainan Coastal Ecology College")), x.values("host"));
        assertEquals(new TreeSet<>(Set.of("24", "18")), x.values("participantCount"));
        assertEquals(new TreeSet<>(Set.of("2026-05-05", "2026-06-09")), x.values("startDate"));
    }

    @Test
    void aSponsorNamedOverAHardWrappedLineSponsorsEveryProgrammeListed() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                1. The programmes listed below are offered to officers of the public service and are sponsored by the
                   Ministry of Commerce of the People's Republic of China (MOFCOM).

                   (i)  Seminar on Grain Storage for Developing Countries
                        Dates:            5 to 25 May 2026
                        Implemented by:   Henan Grain Storage Training Centre

                   (ii) Workshop on Mangrove Restoration for Asian Countries
                        Dates:            9 to 29 June 2026
                        Implemented by:   Hainan Coastal Ecology College
                """, "en");
        assertEquals(2, x.programs().size());
        assertEquals(new TreeSet<>(Set.of("mofcom")), x.values("organizer"));
        assertEquals(2, x.raw().stream().filter(f -> f.predicate().endsWith("#organizer")).count(), "one for each programme");
    }

    @Test
    void aTableWrittenWithBarsAndAHeaderNoteInBracketsGivesEachRow() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                The programmes listed below are funded by the Ministry of Commerce (MOFCOM) of China.

                 No. | Title of programme                                   | Dates                | Implementing institution (city)
                 ----+------------------------------------------------------+----------------------+---------------------------------
                 01  | Seminar on Grain Storage for Developing Countries    | 05 – 25 May 2026     | Henan Grain Storage Training Centre (Zhengzhou)
                 02  | Workshop on Mangrove Restoration for Asian Countries | 09 – 29 Jun 2026     | Hainan Coastal Ecology College (Haikou)
                """, "en");
        assertEquals(List.of("Seminar on Grain Storage for Developing Countries",
                "Workshop on Mangrove Restoration for Asian Countries"), x.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(new TreeSet<>(Set.of("Henan Grain Storage Training Centre", "Hainan Coastal Ecology College")), x.values("host"));
    }

    @Test
    void aCallsLeadBeforeTheNameIsNoPartOfIt() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                Call for Applicants: 2026 International Training Course on Remote Sensing for Belt and Road Countries

                Dates: 6 May 2026 to 26 May 2026
                Organizer: Ministry of Science and Technology of China
                """, "en");
        assertEquals(List.of("2026 International Training Course on Remote Sensing for Belt and Road Countries"),
                x.programs().stream().map(ProgramRecord::title).toList());
    }
}
