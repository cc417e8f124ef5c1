package org.exchangeatlas.extract.news;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * The roles of a program's participants that a sentence of Chinese prose names: those of a
 * sentence about who takes part (来自, 学员, 参训), never of one about who teaches (专家授课,
 * 选派6名教师组成教学团队). Participants said to come from their countries' government departments
 * (学员来自五国的农业、水利部门) are government officials when the sentence names no role.
 */
final class ParticipantRoles {
    /** A sentence about who teaches (检察官在线授课, 专家作专题讲座, 选派6名教师组成教学团队): its roles are the lecturers'. */
    private static final Pattern LECTURING = Pattern.compile("授课|讲课|讲座|作报告|做报告|主讲|讲解|讲授|教学团队|师资|选派");
    /** A sentence about who takes part: its roles are the participants'. */
    private static final Pattern PARTICIPANT_WORDS = Pattern.compile("来自|学员|参训|参加培训|参加研修|人选");
    /** Participants from government departments: 来自……国的农业、水利部门, 来自各国政府部门. */
    private static final Pattern FROM_DEPARTMENTS = Pattern.compile("来自[^。；！？]{0,80}?(?:部门|部委|政府机构|政府部门)");
    private static final List<String> SCHEMES = List.of(scheme("roles"), scheme("bodies"));

    private final DictionaryMatcher matcher;
    private final List<Concept> officials;

    ParticipantRoles(DictionaryMatcher matcher) {
        this.matcher = matcher;
        this.officials = org.exchangeatlas.extract.prose.GovernmentOfficials.role(matcher);
    }

    /** The roles of participants {@code text[sentence]} names ({@code folded} is the text folded to simplified). */
    List<Mention> of(String text, String folded, Span sentence) {
        String s = folded.substring(sentence.start(), sentence.end());
        if (!PARTICIPANT_WORDS.matcher(s).find() || LECTURING.matcher(s).find()) {
            return List.of();
        }
        List<Mention> roles = matcher.find(text, sentence.start(), sentence.end(), SCHEMES).stream()
                .filter(m -> m.concept().inScheme(scheme("roles"))).toList();
        Matcher departments = FROM_DEPARTMENTS.matcher(folded).region(sentence.start(), sentence.end());
        if (roles.isEmpty() && departments.find()) {
            int end = departments.end();
            int start = end - 2;
            return officials.stream().map(c -> new Mention(c, start, end, text.substring(start, end))).toList();
        }
        return roles;
    }
}
