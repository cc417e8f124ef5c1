package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Wordings of notices met in gold documents written after the rules, each in a notice written for
 * this test: fields in a bulleted list, a sponsor named in the opening prose of a list of courses,
 * a country denied after its name, a rank written around its name, a quoted name heading the
 * brochure under its series' name, a contact office after its unit's name.
 */
class NoticeWordingsTest {
    private static TreeSet<String> set(String... values) {
        return new TreeSet<>(Set.of(values));
    }

    @Test
    void fieldsInABulletedListAreFieldsAndACountryDeniedAfterItsNameIsNoTarget() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2026 Online Workshop on Port Logistics for Officials of Caribbean Countries

                The workshop is sponsored by the Ministry of Commerce of China, run by Donghai Maritime College and \
                co-organized by the Confucius Institute at Universidad Nacional del Litoral.

                1. Key facts

                - Dates: 4 May - 15 May 2026
                - Places: 40
                - Eligible countries: Jamaica, Grenada and Barbados (Cuba is not covered this year)

                2. Requirements

                - Applicants must be under 50 years of age.
                """, "en");
        assertEquals(List.of("2026 Online Workshop on Port Logistics for Officials of Caribbean Countries"),
                x.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(set("2026-05-04"), x.values("startDate"));
        assertEquals(set("2026-05-15"), x.values("endDate"));
        assertEquals(set("40"), x.values("participantCount"));
        assertEquals(set("JM", "GD", "BB"), x.values("targetCountry"));
        assertEquals(set("Confucius Institute at Universidad Nacional del Litoral"), x.values("coOrganizer"));
    }

    @Test
    void aSponsorNamedInTheOpeningProseOfAListOfCoursesOrganizesEach() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                MINISTRY OF PUBLIC SERVICE

                CIRCULAR No. 3 of 2026

                1. The Embassy of China has told the Ministry of two courses in China this autumn. Both courses are sponsored by the Ministry of Commerce of the People's Republic of China (MOFCOM), which pays fares and board.

                2. The courses:

                   (a) Seminar on Water Supply Management for Developing Countries
                       Dates:            7 September to 27 September 2026
                       Implemented by:   Jinling Water Resources College

                   (b) Training Course on Road Maintenance for African Countries
                       Dates:            5 October to 25 October 2026
                       Implemented by:   Hexi Highway Technical Institute

                3. Nominees should hold a post at the level of Senior Officer or above and be below 45 years of age.
                """, "en");
        assertEquals(2, x.programs().size());
        assertEquals(set("mofcom"), x.values("organizer"));
        assertEquals(set("Jinling Water Resources College", "Hexi Highway Technical Institute"), x.values("host"));
        assertEquals(set("rank", "age-limit"), x.values("requirement"));
    }

    @Test
    void aQuotedNameHeadingTheBrochureIsItsTitleNotTheSeriesAboveIt() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2026年度发展中国家技术培训班
                “智慧灌溉与水肥一体化技术国际培训班”招生简章

                一、项目概况

                本培训班由中华人民共和国科学技术部主办，滇池农业工程研究院承办。

                二、时间与地点

                培训时间：2026年6月8日至6月28日
                培训地点：云南省昆明市

                三、联系方式

                承办单位：滇池农业工程研究院 国际合作处
                联系人：李老师
                """);
        assertEquals(List.of("智慧灌溉与水肥一体化技术国际培训班"), x.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(set("2026"), x.values("year"));
        assertEquals(set("滇池农业工程研究院"), x.values("host"));
    }

    @Test
    void aCountryAfterTheCentralAfricanRepublicInAListIsNotDenied() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2026年发展中国家木薯加工技术研修班

                主办单位：商务部
                承办单位：南疆热带农业职业学院
                邀请国家：卢旺达、中非共和国、巴布亚新几内亚
                培训时间：2026年4月10日至4月30日
                """);
        assertEquals(set("RW", "CF", "PG"), x.values("targetCountry"));
    }

    @Test
    void wordsThatPointToProgramsOrATypeWordAloneNameNoProgram() {
        EnglishTitleFinder titles = new EnglishTitleFinder(ExtractionHarness.MATCHER);
        for (String line : List.of("These courses are a cheap way for Beijing to make friends",
                "The workshop is sponsored by the Ministry of Commerce of China")) {
            assertEquals(java.util.Optional.empty(), titles.find(line, 0, line.length()), line);
        }
        String named = "The 2026 Online Workshop on Port Logistics for Caribbean Countries is sponsored by MOFCOM";
        assertEquals("2026 Online Workshop on Port Logistics for Caribbean Countries",
                titles.find(named, 0, named.length()).orElseThrow().title().of(named));
    }

    @Test
    void aBodyThatFundsInTheActiveVoiceInTheOpeningProseOrganizesTheCourses() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                CALL FOR APPLICATIONS

                Background
                Since 2012 the Ministry of Science and Technology of the People's Republic of China (MOST) has funded \
                short courses that share applied technologies with other developing countries.

                COURSE 1
                Title: Workshop on Solar Irrigation for African Countries
                Dates: 6 July - 24 July 2026
                Places: 25
                Eligible countries: Kenya, Ghana and Zambia
                """, "en");
        assertEquals(List.of("Workshop on Solar Irrigation for African Countries"),
                x.programs().stream().map(ProgramRecord::title).toList());
        assertEquals(set("most"), x.values("organizer"));
    }

    @Test
    void officialsOrOfficersAParticipantsFieldNamesAreGovernmentOfficialsUnlessARoleNamesThemMoreClosely() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                Training Course on Goat Farming Technology for African Countries
                Organizer:            Ministry of Commerce
                Dates:                3 June - 23 June 2026
                Target:               Livestock officers and extension technicians of district councils
                """, "en");
        assertEquals(set("government-officials", "technicians"), x.values("participantRole"));
        ExtractionHarness.Extracted y = ExtractionHarness.run("""
                Seminar on Community Policing for Pacific Island Countries
                Organizer:            Ministry of Public Security
                Dates:                3 June - 23 June 2026
                Target:               police officers of the island states
                """, "en");
        assertEquals(set("law-enforcement-officers"), y.values("participantRole"));
    }

    @Test
    void aCountInWordsWithItsFigureInBracketsInAParticipantsSection() {
        ExtractionHarness.Extracted x = ExtractionHarness.run("""
                2026 Seminar on Dam Safety for Developing Countries

                1. Organizer: Ministry of Commerce
                2. Dates: 8 June - 28 June 2026
                3. Intended participants
                Twenty-five (25) places are available for officials of water ministries.
                """, "en");
        assertEquals(set("25"), x.values("participantCount"));
    }
}
