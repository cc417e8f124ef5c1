package org.exchangeatlas.extract.news;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Clauses;
import org.exchangeatlas.source.Span;

/**
 * The short names by which a page of several programs tells them apart: 东盟班 for
 * "2018年东盟国家港口管理研修班", 太平洋岛国班, 非洲班. A clause of a sentence that names no program
 * in full (据悉，东盟班有24名学员；非洲班有26名学员) is about the one program whose title holds
 * the words before its 班 (less a kind of program: 减贫研修班 is 减贫), when one title only holds
 * them. Words of every program (培训, 研修) tell nothing apart and are no short name. A sentence about all of them (三个班次共有68名官员)
 * says who they all train, not how many each has.
 */
final class Nicknames {
    /** Up to eight Chinese characters before 班 (not those of 培训班, 研修班 themselves). */
    private static final Pattern NICKNAME = Pattern.compile("(\\p{IsHan}{2,8}?)班");
    private static final Pattern GENERIC = Pattern.compile(".*(?:培训|研修|研讨|进修|考察|学习|交流|专题|该|本|此|两|三|各|全)$");
    /** The kind of program before 班, which every program's name may end with: not a short name. */
    private static final Pattern KIND_AT_END = Pattern.compile("(?:研修|培训|研讨|进修|技术培训)$");
    private static final Pattern CLAUSE_END = Pattern.compile("[；;]");
    /** Where one program's share ends in a breakdown after 其中. */
    private static final Pattern SHARE_END = Pattern.compile("[；;，,]");
    /** A sentence about all the page's programs at once: 三个班次共有…, 两个研修班的学员, 各班学员. */
    private static final Pattern ALL = Pattern.compile("(?:[两二三四五六七八九十]|各|全部|所有)(?:个|期)?(?:班次|研修班|培训班|研讨班|班|项目)");
    private static final int SHORTEST = 2;
    /** A word before a short name that names the program as another's company (与非洲班同时结业). */
    private static final String COMPANION_BEFORE = "与同和比";

    private Nicknames() {}

    /** The clauses of a sentence, split at semicolons (each may speak of another program). */
    static List<Span> clauses(String text, Span sentence) {
        int among = text.indexOf("其中", sentence.start());
        if (among < 0 || among >= sentence.end() || !ALL.matcher(text).region(sentence.start(), among).find()) {
            return Clauses.between(text, sentence, CLAUSE_END);
        }
        // 两个项目合计53名学员，其中公共卫生班31人，疟疾班22人: the total of all, then each program's own share
        List<Span> out = new java.util.ArrayList<>(Clauses.between(text, new Span(sentence.start(), among), CLAUSE_END));
        out.addAll(Clauses.between(text, new Span(among, sentence.end()), SHARE_END));
        return out;
    }

    /** Whether a sentence speaks of all the page's programs at once (三个班次共有68名官员). */
    static boolean ofAll(String folded, Span sentence) {
        return ALL.matcher(folded).region(sentence.start(), sentence.end()).find();
    }

    /** The program a clause names by its short name, if exactly one title holds it. */
    static Optional<NamedProgram> named(String folded, Span clause, List<NamedProgram> programs) {
        Matcher m = NICKNAME.matcher(folded).region(clause.start(), clause.end());
        while (m.find()) {
            String words = KIND_AT_END.matcher(m.group(1)).replaceFirst(""); // 减贫研修班: 减贫
            for (int from = 0; words.length() - from >= SHORTEST; from++) {
                String nickname = words.substring(from);
                int before = m.start(1) + from - 1;
                if (before >= 0 && COMPANION_BEFORE.indexOf(folded.charAt(before)) >= 0) {
                    break; // 与非洲班同时结业: the other program is named as company, not as the subject
                }
                if (GENERIC.matcher(nickname).matches()) {
                    continue;
                }
                List<NamedProgram> holding = programs.stream().filter(p -> p.folded.contains(nickname)).toList();
                if (holding.size() == 1) {
                    return Optional.of(holding.get(0));
                }
            }
        }
        return Optional.empty();
    }
}
