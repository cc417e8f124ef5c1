package org.exchangeatlas.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.exchangeatlas.extract.ProgramRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English reporting where the trainees' own ministry, a unit whose name opens like the page's word
 * for itself ("the Institute for …") and a total written before its breakdown must be read right.
 */
class TraineesAndNamesTest {
    @TempDir
    Path dir;

    private ReportHarness.Read read(String article) throws Exception {
        Path f = dir.resolve("article.txt");
        Files.writeString(f, article);
        return ReportHarness.read(f);
    }

    @Test
    void aNameInTitleCaseWithTwoQualifiersAUnitNamedLikeTheInstituteAndATotalBeforeItsBreakdown() throws Exception {
        ReportHarness.Read r = read("""
                Harbour Safety Seminar Opens for Coastal States

                The 2023 Online Regional Seminar on Harbour Safety for Indian Ocean Countries, funded by the Ministry of \
                Commerce (MOFCOM) and implemented by the Institute for Maritime Cooperation Studies, began on June 5.

                Twenty-two participants are attending: fourteen officials from Kenya and Tanzania and eight harbour engineers.
                """);
        assertEquals(1, r.programs().size());
        ProgramRecord p = r.programs().get(0);
        assertEquals("2023 Online Regional Seminar on Harbour Safety for Indian Ocean Countries", p.title());
        assertEquals(new TreeSet<>(List.of("mofcom")), r.values(p.iri(), "organizer"));
        assertEquals(new TreeSet<>(List.of("Institute for Maritime Cooperation Studies")), r.newNames(p.iri(), "host"));
        assertEquals(new TreeSet<>(List.of("22")), r.values(p.iri(), "participantCount"));
    }

    @Test
    void anArticlesLastSentenceClosedByAnEndMarkIsReadAndNamesTheSponsorOfTheProgramOfItsLead() throws Exception {
        ReportHarness.Read r = read("""
                Andean officials study customs risk in Chengdu

                CHENGDU, May 5 -- Some 30 customs officers from Peru and Bolivia began a seminar on risk management here on Monday.

                "We learn a great deal," said one participant from Lima.

                The college ran a similar course for officers from Ecuador last year.

                The seminar is sponsored by China's Ministry of Commerce and hosted by the Tianfu Customs Training College. ■
                """);
        assertEquals(1, r.programs().size());
        String p = r.programs().get(0).iri();
        assertEquals(new TreeSet<>(List.of("mofcom")), r.values(p, "organizer"));
        assertEquals(new TreeSet<>(List.of("BO", "PE")), r.values(p, "targetCountry"));
    }

    @Test
    void aProgramOfLastYearReportedInDetailIsTheArticlesButOneNamedInPassingIsNot() throws Exception {
        ReportHarness.Read r = read("""
                Island officials turn to China for training

                From 4 to 22 May last year, 17 officials from Fiji and Tonga attended the Seminar on Coastal Tourism \
                for Pacific Island Countries, a course paid for by China's Ministry of Commerce.

                Last year the college also hosted the Seminar on Ocean Observation for Developing Countries.
                """);
        assertEquals(List.of("Seminar on Coastal Tourism for Pacific Island Countries"),
                r.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(new TreeSet<>(List.of("17")), r.values(r.programs().get(0).iri(), "participantCount"));
    }

    @Test
    void aMinisterOfCommerceWhoMeetsADelegationIsTheMinistryEngagingWithItsCountry() throws Exception {
        ReportHarness.Read r = read("""
                On March 3, Vice Minister of Commerce Li Ming met in Beijing with a delegation led by the Minister of \
                Planning of Laos. The two sides discussed trade and human resources cooperation.
                """);
        assertEquals(List.of(), r.programs());
        assertEquals(new TreeSet<>(List.of("mofcom engagedWith LA")), new TreeSet<>(r.triples().stream()
                .filter(t -> t.contains("engagedWith")).toList()));
    }

    @Test
    void anotherGovernmentsOwnTrainingIsNoProgramOfTheBodyNamedBefore() throws Exception {
        ReportHarness.Read r = read("""
                China's Ministry of Public Security trained 30 police officers from Fiji in Kunming in May.

                Wellington has watched such courses closely. New Zealand officials say they continue to fund most police \
                training in Fiji through their own programme.
                """);
        assertEquals(1, r.programs().size());
    }

    @Test
    void whatABodyTeachesWithoutATargetParticipantsOrADayIsNoProgramItRan() throws Exception {
        ReportHarness.Read r = read("""
                Other agencies have moved into new fields. By contrast, the Ministry of Commerce, the largest trainer by \
                far, kept to its broad menu of trade, agriculture and planning seminars.
                """);
        assertEquals(List.of(), r.programs());
    }

    @Test
    void whatAnOfficialSaysABodyWillContinueToOfferIsNoProgramRun() throws Exception {
        ReportHarness.Read r = read("""
                At the closing ceremony, an NRTA official said the administration would continue to offer training to \
                journalists from developing countries.
                """);
        assertEquals(List.of(), r.programs());
    }

    @Test
    void aProgramThatOpenedAtAPlaceInChinaIsOfTheDispatchsYearButAHabitIsNot() throws Exception {
        ReportHarness.Read opened = read("""
                KUNMING, May 8, 2024 - China's Ministry of Commerce opened a seminar on rubber farming for officials from \
                Laos and Myanmar in Kunming on Monday.
                """);
        assertEquals(new TreeSet<>(List.of("2024")), opened.values(opened.programs().get(0).iri(), "year"));
        ReportHarness.Read habit = read("""
                Published May 8, 2024

                Since 2018, China's Ministry of Commerce has held annual workshops in Beijing for officials from Laos \
                and Myanmar.
                """);
        assertEquals(1, habit.programs().size());
        assertEquals(new TreeSet<>(), habit.values(habit.programs().get(0).iri(), "year"));
    }

    @Test
    void theWholeClassFromSeveralCountriesCountsOverOneCountrysDelegation() throws Exception {
        ReportHarness.Read r = read("""
                Five officers of the Malawi Revenue Authority have returned from the Seminar on Tax Administration for \
                African Countries, sponsored by China's Ministry of Commerce.

                According to the organisers, 31 participants from Malawi, Zambia and Kenya attended the seminar.
                """);
        assertEquals(new TreeSet<>(List.of("31")), r.values(r.programs().get(0).iri(), "participantCount"));
    }

    @Test
    void theTraineesOwnMinistryRunsNothing() throws Exception {
        ReportHarness.Read r = read("""
                SIXTEEN officers drawn from the Ministry of Finance and the revenue authority of Malawi leave Lilongwe on \
                Sunday for a four-week course on tax administration in China.

                The Seminar on Tax Administration for African Countries is sponsored by China's Ministry of Commerce.
                """);
        assertEquals(1, r.programs().size());
        String p = r.programs().get(0).iri();
        assertEquals(new TreeSet<>(List.of("mofcom")), r.values(p, "organizer"));
        assertEquals(new TreeSet<>(List.of("16")), r.values(p, "participantCount"));
    }

    @Test
    void anotherDonorsProgramAndAQuoteOpeningWithTheseCoursesAreNoProgramsOfTheBodyReported() throws Exception {
        ReportHarness.Read r = read("""
                Coast guards of the Pacific train in Ningbo

                Twenty officers of the Tonga Maritime Police spent three weeks in Ningbo at the "2024 Training Course \
                on Maritime Law Enforcement for Tonga", which was organised by China's Ministry of Public Security.

                In March the same college ran an online course for 10 officers from Samoa.

                The programmes are watched closely in Wellington. New Zealand has for years been the main partner of \
                Pacific police forces through its Pacific Policing Programme, which funds training across the region, \
                including in Tonga.

                "These courses are a cheap way for Beijing to make friends in uniform," said an analyst in Auckland.
                """);
        // the Samoan course is a second program (no title); New Zealand's and the quote's are none
        assertEquals(java.util.Arrays.asList("2024 Training Course on Maritime Law Enforcement for Tonga", null),
                r.programs().stream().map(ProgramRecord::title).toList());
        org.junit.jupiter.api.Assertions.assertTrue(r.programSummaries().contains("mps | TO | 2024"), r.programSummaries().toString());
    }

    @Test
    void aPlanToWidenTheProgramNextYearGivesItNoNewTargets() throws Exception {
        ReportHarness.Read r = read("""
                Young party officials from Kenya study in Yan'an

                Twenty-six young officials of Kenyan parties attended the "2024 Seminar for Young Cadres of Kenyan Political \
                Parties", organised by the International Department of the CPC Central Committee (ILD), from 3 to 16 April.

                Chinese officials say the ILD plans to widen the programme to party officials from West Africa next year.
                """);
        assertEquals(java.util.Set.of("ild | KE | 2024"), r.programSummaries());
    }
}
