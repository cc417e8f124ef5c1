package org.exchangeatlas.extract.prose;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.LabelNormalizer;
import org.exchangeatlas.vocab.Mention;

/**
 * Reads who came from a sentence: the participants' number (digits, Chinese numerals, English
 * words), the countries and groups they came from and the roles named after the number. Reads
 * 来自A、B、C等12个国家的23名官员, 共有来自9个非洲国家的21位学员, 学员共25人, 25名学员, "thirty-one
 * officials from six countries", "22 participants from Laos, Cambodia and Myanmar". A number of
 * countries is not a number of participants. Counted "officials" or "officers" of whom nothing
 * more is said are government officials.
 */
public final class ParticipantReader {
    private static final String N = NumberWords.ZH;
    /** Not a count of lecturers or guests (来自……等单位的十余位专家). */
    private static final String NOT_TEACHERS = "(?!\\s*(?:专家|教授|学者|嘉宾|讲师|老师|领导)";
    /** 来自 …… [等] [N个] [REGION] 国家 [和地区] [的] M 名|位|人 [ROLE]. */
    private static final Pattern FROM_ZH = Pattern.compile(
            "来自(?<list>[^。；;！!？?]{0,160}?)(?:等)?(?:(?<nc>" + N + ")个)?(?<region>[^，,。、的和及与\\d]{0,8}?)(?<kind>国家|国)(?:和地区|及地区)?"
            + "(?:的|共|，|,)?\\s*(?:共计|共|近|约|逾)?(?<np>" + N + ")\\s*(?:余|多)?\\s*(?:名|位|人)" + NOT_TEACHERS + ")");
    /** 来自 A、B 和 C 的 M 名 (no word for countries). */
    private static final Pattern FROM_LIST_ZH = Pattern.compile(
            "来自(?<list>[^。；;！!？?]{0,120}?)的(?:共计|共|近|约)?(?<np>" + N + ")\\s*(?:余|多)?\\s*(?:名|位)" + NOT_TEACHERS + ")");
    /**
     * 来自 (or 邀请, 诚邀) A、B、C [等] [N个] [REGION] 国家|国: the countries alone, where no count follows them. The
     * list ends at the last 国 of the clause, not at a name ending in one (泰国、越南等国家).
     */
    private static final Pattern COUNTRIES_ZH = Pattern.compile(
            "(?:来自|诚邀|邀请|面向)(?<list>[^。；;！!？?]{0,200}?)(?:等)?(?:(?<nc>" + N + ")个)?(?<region>[^，,。、的和及与\\d]{0,8}?)(?<kind>国家|国|岛国)"
            + "(?![、和及与])");
    /** 学员共25人, 共有25名学员, 25名学员, 参训学员25人, 共22人参加研修, 招收人数由30人调整为26人 (the new number), 一行22人 (每一位学员 is no count). */
    private static final Pattern COUNT_ZH = Pattern.compile(
            "(?:(?:人数|名额|学员)[^，。；\\d]{0,6}?由\\s*" + N + "\\s*(?:名|人)?\\s*(?:调整|变更|减少|增加|压缩)?\\s*(?:为|至|到)\\s*(?<e>" + N + ")\\s*(?:名|人))"
            + "|(?:一行\\s*(?<f>" + N + ")\\s*人)"
            + "|(?:(?:学员|官员|参训人员|学员人数)[^，。；\\d]{0,4}?(?:共计|共有|共|为|达)?\\s*(?<a>" + N + ")\\s*(?:余|多)?\\s*(?:名|位|人))"
            + "|(?:(?:共有|共计|共)\\s*(?<b>" + N + ")\\s*(?:余|多)?\\s*(?:名|位)(?:来自[^，。；]{1,60}?的)?[^，。；]{0,10}?(?:学员|官员|代表|人员))" // 共有18名来自某国卫生部的官员
            + "|(?:(?<![每逐])(?<c>" + N + ")\\s*(?:名|位)(?:外国|外籍|来华)?(?:学员|官员|政府官员|参训学员))"
            + "|(?:共(?:计|有)?\\s*(?<d>" + N + ")\\s*(?:余|多)?\\s*(?:名|人)(?:参加(?:研修|培训|学习)|参训))"
            + "|(?:\\p{IsHan}班(?:学员)?(?:有|共|共有|为)?\\s*(?<g>" + N + ")\\s*(?:名|位|人))" // 东盟班有24名学员, 公共卫生班31人
            + "|(?:(?<![每逐\\d])(?<h>" + N + ")\\s*名\\p{IsHan}{0,8}?(?:学员|官员|干部|技术人员|记者|管理人员)(?=参加|参训|出席|来华|赴华))" // 十九名海关官员参加培训
            + "|(?:(?<=(?:学员|官员|人员)[^。；;]{0,80}?)[，,]\\s*共(?:计|有)?\\s*(?<i>" + N + ")\\s*(?:余|多)?\\s*(?:名|人|位)(?=[。；;，,]|$))" // 学员为……官员和技术人员，共三十三名。
            // 总人数约30名, 总人数不超过28人, 计划招收人数25人 (not 每国名额3名)
            + "|(?:(?<!每国|每个国家)(?:总人数|总规模|学员总数|招收人数|计划人数|招生人数|名额)[^，。；由\\d]{0,3}?(?:约|为|不超过|不多于|共|共计)?\\s*(?<j>" + N + ")\\s*(?:余|多)?\\s*(?:名|人|位))");
    /** [学员为] A、B、C [等] N国的 [共] M名: a list of countries without 来自, their number and the participants'. */
    private static final Pattern LISTED_COUNT_ZH = Pattern.compile("(?:^|[，,；;：:])\\s*(?:(?:参训)?学员(?:分别)?(?:为|是|包括))?(?<list>[^，,。；;：:]{2,120}?)(?:等)?"
            + "(?:" + N + ")\\s*(?:个)?国(?:家)?(?:的)?[^，,。；;\\d]{0,12}?(?:共)?(?<np>" + N + ")\\s*(?:余|多)?\\s*(?:名|位|人)" + NOT_TEACHERS + ")");
    /** 来自 (or 拟邀请国家为) and a clause to its end: a list of countries alone (分别来自菲律宾、泰国和越南，). */
    private static final Pattern LIST_ONLY_ZH = Pattern.compile("(?:来自|面向|(?:拟)?邀请(?:的)?国家(?:为|是|包括|有)?[：:]?)(?<list>[^，,。；;！!？?：:\\n]{2,120})(?=[，,。；;！!？?\\n]|$)");
    /** The countries a dash or colon names after a number of them: ——文莱、柬埔寨……和越南. */
    private static final Pattern NAMED_AFTER = Pattern.compile("\\s*(?:[—–―－-]{1,2}|：|:)\\s*(?<list>[^，,。；;：:的]{2,160})");
    /** What may stand between two names of a list, or around it. */
    private static final Pattern JOINERS = Pattern.compile("[\\s、，,和及与以及]*");
    private static final String EN = NumberWords.EN;
    private static final Pattern FROM_EN = Pattern.compile("(?i)(?<![\\d,.])\\b(?<np>" + EN + ")\\s+"
            + "(?:(?!(?:for|of|from|programs?|courses?|seminars?|workshops?|sessions?|classes|trainings?)\\b)[a-z][a-z-]*,?\\s+){0,5}?"
            + "(?<noun>officials|participants|trainees|delegates|representatives|students|experts|officers|journalists|leaders"
            + "|presidents|principals|administrators|executives|managers|cadres|technicians|engineers|teachers|civil servants|ministers|mayors)"
            + "(?:(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(?:[a-z-]+\\s+){0,2}?(?:managers|technicians|engineers|experts|specialists|officers|staff"
            + "|leaders|researchers|executives|administrators|vice[- ]presidents|principals|officials|trainers|educators|teachers"
            + "|journalists|scholars|people|businesspeople|entrepreneurs|ministers|vice[- ]ministers|mayors)){0,3}"
            + "(?:\\s+of\\s+(?:[a-z-]+\\s+){0,2}?(?:universities|colleges|institutions|schools|ministries|parties))?"
            + "\\s+(?:from|of)\\s+(?:(?<nc>" + EN + ")\\s+(?:[A-Za-z-]+\\s+){0,3}?countries(?<named>\\s*[,:(-]\\s*(?:namely|including|among them|such as)?[^.;)]{0,200})?"
            + "|(?<list>[^.;]{0,160}))");
    /**
     * "31 participants in the seminar", "24 officials attending the course", "Twenty-four government
     * officials leave for China tomorrow to attend …": a count of one program's participants.
     */
    private static final Pattern COUNT_EN = Pattern.compile("(?i)(?<![\\d,.])\\b(?<np>" + EN + ")\\s+"
            + "(?:[a-z-]+\\s+){0,2}?(?:officials|participants|trainees|delegates|journalists|officers)\\s+"
            + "(?:(?:in|at|attending|who attended|taking part in|who took part in|who joined)\\s+(?:the|this)\\b"
            + "|(?:(?:who\\s+)?(?:will\\s+)?(?:attend|are\\s+attending|attended|(?:leave|left|depart|departed|travel|travelled|traveled|jet(?:\\s+out|\\s+off)?|head|headed|fly|flew|set\\s+off)\\s+(?:for|to)\\s+China))"
            + "|(?:(?:has|have|had)\\s+)?returned\\s+(?:home\\s+)?(?:from|after)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:course|seminar|workshop|training|programme|program))\\b"
            // "The seminar will admit twenty-four (24) participants"
            + "|(?i)\\b(?:admit|accept|enrol|enroll|receive|take)\\s+(?:up to\\s+|a total of\\s+)?(?<np3>" + EN + ")\\s+(?:\\(\\d{1,4}\\)\\s+)?"
            + "(?:participants|officials|trainees)\\b"
            // "Twenty-four officers drawn from … leave Lusaka tomorrow for a three-week course"
            + "|(?i)(?<![\\d,.])\\b(?<np2>" + EN + ")\\s+(?:[a-z-]+\\s+){0,2}?(?:officials|officers|participants|trainees)\\s+(?:drawn\\s+)?from\\b"
            + "[^.;]{0,200}?(?:\\b(?:leave|left|depart|departed|fly|flew|travel|travelled|traveled)\\b[^.;]{0,60}?\\bfor\\b[^.;]{0,40}?"
            + "\\b(?:China|course|seminar|workshop|training|programme|program)\\b" // "… left Kamuzu International Airport for Changsha in China"
            + "|\\breturned\\b[^.;]{0,60}?\\bafter\\s+(?:completing|attending)\\b)" // "… have returned to Accra after completing the Seminar on …"
            // "Thirty-four participants — mayors, provincial officials … — have come from …"
            + "|(?i)(?<![\\d,.])\\b(?<np4>" + EN + ")\\s+(?:participants|trainees)(?:\\s*[—–]|\\s+-{1,2}\\s)"
            // "Thirty (30) places are available": a call's places
            + "|(?i)(?<![\\d,.])\\b(?<np5>" + EN + ")\\s+(?:\\(\\d{1,4}\\)\\s+)?places\\s+(?:are|will be)\\s+(?:available|offered)\\b");
    private static final List<String> PLACES = List.of(scheme("countries"), scheme("groups"), scheme("non-countries"));
    private static final List<String> ROLES = List.of(scheme("roles"));

    /** The participants' noun that makes them officials of their governments when nothing more is said of them. */
    private static final Pattern OFFICIALS = Pattern.compile("officials|officers");

    private final DictionaryMatcher matcher;
    /** The role of government officials, which "34 officials from Laos" are. */
    private final List<org.exchangeatlas.vocab.Concept> officials;

    public ParticipantReader(DictionaryMatcher matcher) {
        this.matcher = matcher;
        this.officials = GovernmentOfficials.role(matcher);
    }

    /** "19 officials and 8 journalists from …": two counted nouns joined, the participants their sum. */
    private static final String PEOPLE = "(?:officials|journalists|technicians|engineers|experts|officers|managers|leaders|teachers"
            + "|researchers|editors|participants|trainees|delegates|representatives|reporters|producers)";
    private static final Pattern SUM_EN = Pattern.compile("(?i)(?<![\\d,.])\\b(?<a>" + EN + ")\\s+(?:[a-z-]+\\s+){0,2}?" + PEOPLE
            + "(?:,\\s*|\\s+and\\s+)(?<b>" + EN + ")\\s+(?:[a-z-]+\\s+){0,2}?" + PEOPLE + "\\s+(?:from|of)\\b");

    /** A total before its breakdown: "Twenty-seven participants attended: 19 officials from …". */
    private static final Pattern TOTAL_EN = Pattern.compile("(?i)(?<![\\d,.])\\b(?<np>" + EN + ")\\s+(?:[a-z-]+\\s+){0,2}?"
            + "(?:officials|participants|trainees|delegates|officers)\\s+(?:(?:have\\s+|had\\s+)?(?:attended|joined|took part|taken part"
            + "|participated)|are\\s+(?:attending|taking part|participating)|were\\s+(?:present|enrolled))\\s*[:—–]");

    /**
     * The count of {@code found}; or a total stated before a breakdown ({@link #TOTAL_EN}); or the
     * sum of two counts joined before its "from" ({@link #SUM_EN}).
     */
    private static Participants summed(String folded, Span sentence, Participants found) {
        Matcher total = TOTAL_EN.matcher(folded).region(sentence.start(), sentence.end());
        if (total.find()) {
            return new Participants(counted(total.group("np"), total.start("np"), total.end("np")), found.countries(),
                    found.groups(), found.roles());
        }
        Matcher m = SUM_EN.matcher(folded).region(sentence.start(), sentence.end());
        if (!m.find()) {
            return found;
        }
        OptionalInt a = NumberWords.parse(m.group("a"));
        OptionalInt b = NumberWords.parse(m.group("b"));
        if (a.isEmpty() || b.isEmpty()) {
            return found;
        }
        Participants.Counted sum = new Participants.Counted(a.getAsInt() + b.getAsInt(), new Span(m.start("a"), m.end("b")));
        return new Participants(Optional.of(sum), found.countries(), found.groups(), found.roles());
    }

    /** 其中柬埔寨8人、老挝6人: how many came from each country, after the count of all. */
    private static final Pattern BREAKDOWN_ZH = Pattern.compile("其中[^。；;！!？?]{2,200}");
    private static final Pattern ITEM_COUNT = Pattern.compile("\\s*(?:" + N + ")\\s*(?:名|人|位)");

    /**
     * Who came, as {@code text[sentence]} says; empty when it says nothing of it. The countries of
     * a breakdown by country (其中柬埔寨8名、老挝6名) are among them.
     */
    public Participants read(String text, Span sentence) {
        Participants said = said(text, sentence);
        List<Mention> more = breakdown(text, sentence).stream()
                .filter(b -> said.countries().stream().noneMatch(c -> c.concept().iri().equals(b.concept().iri()))).toList();
        if (more.isEmpty()) {
            return said;
        }
        List<Mention> countries = new ArrayList<>(said.countries());
        countries.addAll(more);
        return new Participants(said.count(), countries, said.groups(), said.roles());
    }

    /** The countries a breakdown by country names, each with its number; none when fewer than two. */
    private List<Mention> breakdown(String text, Span sentence) {
        Matcher b = BREAKDOWN_ZH.matcher(text).region(sentence.start(), sentence.end());
        if (!b.find()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (Mention c : matcher.find(text, b.start(), b.end(), PLACES)) {
            if (c.concept().inScheme(scheme("countries")) && ITEM_COUNT.matcher(text).region(c.end(), b.end()).lookingAt()) {
                out.add(c);
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private Participants said(String text, Span sentence) {
        String folded = LabelNormalizer.fold(text.substring(0, sentence.end()));
        for (Pattern p : List.of(FROM_ZH, FROM_LIST_ZH, FROM_EN)) {
            Matcher m = p.matcher(folded).region(sentence.start(), sentence.end());
            if (m.find()) {
                Participants found = from(text, m, p == FROM_EN, p == FROM_ZH);
                if (p == FROM_ZH && found.countries().isEmpty()) {
                    // 来自12个国家的26名学员，……，分别来自肯尼亚、卢旺达……等国: the countries named after their number,
                    // or after their group's (来自阿盟成员国的27名学员，他们分别来自埃及、约旦……等九国)
                    List<Mention> named = new ArrayList<>();
                    List<Mention> groups = new ArrayList<>(found.groups());
                    countriesAlone(text, folded, new Span(m.end(), sentence.end()), named, found.groups().isEmpty() ? groups : new ArrayList<>());
                    found = new Participants(found.count(), named, groups, found.roles());
                }
                return p == FROM_EN ? summed(folded, sentence, found) : found;
            }
        }
        Optional<Participants> listed = listedWithCount(text, folded, sentence);
        if (listed.isPresent()) {
            return listed.get();
        }
        List<Mention> countries = new ArrayList<>();
        List<Mention> groups = new ArrayList<>();
        countriesAlone(text, folded, sentence, countries, groups);
        Matcher e = COUNT_EN.matcher(folded).region(sentence.start(), sentence.end());
        if (e.find()) {
            String g = java.util.stream.Stream.of("np", "np2", "np3", "np4", "np5").filter(n -> e.group(n) != null).findFirst().orElseThrow();
            return new Participants(counted(e.group(g), e.start(g), e.end(g)), countries, groups, List.of());
        }
        Matcher c = COUNT_ZH.matcher(folded).region(sentence.start(), sentence.end());
        if (c.find()) {
            String g = java.util.stream.Stream.of("e", "f", "a", "b", "c", "d", "g", "h", "i", "j").filter(x -> c.group(x) != null).findFirst().orElseThrow();
            Optional<Participants.Counted> count = counted(c.group(g), c.start(g), c.end(g));
            return new Participants(count, countries, groups, roles(text, c.end(g), Math.min(sentence.end(), c.end() + 2)));
        }
        return new Participants(Optional.empty(), countries, groups, List.of());
    }

    private Participants from(String text, Matcher m, boolean english, boolean region) {
        Optional<Participants.Counted> count = counted(m.group("np"), m.start("np"), m.end("np"));
        List<Mention> countries = new ArrayList<>();
        List<Mention> groups = new ArrayList<>();
        if (region) {
            places(text, m.start("list"), m.end("kind"), countries, groups); // the list, the region and a name's own 国
        } else if (m.start("list") >= 0) {
            places(text, m.start("list"), m.end("list"), countries, groups);
        }
        if (english && m.start("named") >= 0) {
            places(text, m.start("named"), m.end("named"), countries, groups); // "nine countries, namely Ghana, Zambia ..."
        }
        int rolesFrom = m.end("np");
        int rolesTo = english ? m.start() + Math.max(rolesFrom - m.start(), m.group().toLowerCase(java.util.Locale.ROOT).indexOf(" from "))
                : Math.min(text.length(), m.end() + 8);
        List<Mention> roles = roles(text, rolesFrom, rolesTo);
        if (english && roles.isEmpty() && OFFICIALS.matcher(m.group("noun")).matches()) {
            roles = officials.stream().map(c -> new Mention(c, m.start("noun"), m.end("noun"), m.group("noun"))).toList();
        }
        return new Participants(count, countries, groups, roles);
    }

    /**
     * A、B、C 5国的24名…官员 without 来自: the countries and the count, when what stands before the
     * number of countries is nothing but their names and the words that join them.
     */
    private Optional<Participants> listedWithCount(String text, String folded, Span sentence) {
        Matcher m = LISTED_COUNT_ZH.matcher(folded).region(sentence.start(), sentence.end());
        while (m.find()) {
            List<Mention> found = onlyCountries(text, folded, m.start("list"), m.end("list"));
            if (found.size() >= 2) {
                return Optional.of(new Participants(counted(m.group("np"), m.start("np"), m.end("np")), found, List.of(),
                        roles(text, m.end("np"), Math.min(sentence.end(), m.end() + 12))));
            }
        }
        return Optional.empty();
    }

    /**
     * 来自 A、B 和 C that ends its clause (16名学员分别来自菲律宾、泰国和越南，其中……): the countries,
     * when the clause holds nothing but their names and the words that join them.
     */
    /** The countries and groups a clause names where no count follows them (来自A、B等国, 面向A、B和C). */
    private void countriesAlone(String text, String folded, Span sentence, List<Mention> countries, List<Mention> groups) {
        Matcher from = COUNTRIES_ZH.matcher(folded).region(sentence.start(), sentence.end());
        if (from.find()) {
            // 孟加拉国等国: the name's own 国; 面向 names its countries only (面向东盟国家开展…: the unit's work, not these trainees)
            places(text, from.start("list"), from.end("kind"), countries, folded.startsWith("面向", from.start()) ? new ArrayList<>() : groups);
            Matcher named = NAMED_AFTER.matcher(folded).region(from.end(), sentence.end());
            if (named.lookingAt()) { // 来自东盟全部十个成员国——文莱、柬埔寨……和越南的: the countries named after a dash
                countries.addAll(onlyCountries(text, folded, named.start("list"), named.end("list")));
            }
        }
        if (countries.isEmpty() && groups.isEmpty()) {
            listOnly(text, folded, sentence, countries);
        }
    }

    private void listOnly(String text, String folded, Span sentence, List<Mention> countries) {
        Matcher m = LIST_ONLY_ZH.matcher(folded).region(sentence.start(), sentence.end());
        if (!m.find()) {
            return;
        }
        countries.addAll(onlyCountries(text, folded, m.start("list"), m.end("list")));
    }

    /** The countries {@code text[from, to)} names, when it holds nothing but their names and the words that join them; else none. */
    private List<Mention> onlyCountries(String text, String folded, int from, int to) {
        List<Mention> found = matcher.find(text, from, to, PLACES).stream()
                .filter(p -> p.concept().inScheme(scheme("countries"))).toList();
        int at = from;
        for (Mention p : found) {
            if (!JOINERS.matcher(folded.substring(at, p.start())).matches()) {
                return List.of();
            }
            at = p.end();
        }
        return JOINERS.matcher(folded.substring(at, to)).matches() ? found : List.of();
    }

    private void places(String text, int from, int to, List<Mention> countries, List<Mention> groups) {
        for (Mention p : matcher.find(text, from, to, PLACES)) {
            if (p.concept().inScheme(scheme("countries"))) {
                countries.add(p);
            } else if (p.concept().inScheme(scheme("groups"))) {
                groups.add(p);
            }
        }
    }

    private List<Mention> roles(String text, int from, int to) {
        return to > from ? matcher.find(text, from, to, ROLES) : List.of();
    }

    private static Optional<Participants.Counted> counted(String number, int start, int end) {
        OptionalInt v = NumberWords.parse(number);
        boolean year = number.strip().matches("(?:19|20)\\d{2}");
        return v.isPresent() && !year && v.getAsInt() > 0 && v.getAsInt() < 10_000
                ? Optional.of(new Participants.Counted(v.getAsInt(), new Span(start, end))) : Optional.empty();
    }
}
