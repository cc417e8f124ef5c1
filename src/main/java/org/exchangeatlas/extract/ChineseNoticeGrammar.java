package org.exchangeatlas.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;

/**
 * Chinese notices: titles by {@link TitleFinder} (…年…研修班（线上）), dates as 2021年9月6日至9月26日,
 * names separated by 、 and ；, counts as 25人 or 由30人增加至32人, negations such as 不组织来华 and
 * 年龄不限.
 */
public final class ChineseNoticeGrammar implements NoticeGrammar {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,4})\\s*(?:名|人|位)");
    /** A total of participants: 总规模24人, 总人数约30名, 共25名. */
    private static final Pattern TOTAL = Pattern.compile(
            "(?:总规模|总人数|总数|合计|共计|总计|共)\\s*(?:约|为|不超过|不多于)?\\s*(\\d{1,4})\\s*(?:名|人|位)");
    /** A quota of each country, or the upper end of a range: 每国5名, 每国2至3人. */
    private static final Pattern PER_COUNTRY = Pattern.compile("每[国个名位]|[至到~～-]\\s*$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*(\\d{1,4})\\s*");
    /** A revised count, 由30人增加至32人: the new number is the one after 至/为/到. */
    private static final Pattern REVISED_COUNT = Pattern.compile(
            "由\\s*\\d{1,4}\\s*(?:名|人|位)?\\s*(?:增加|减少|调整|变更|增至|减至)?\\s*(?:至|为|到)\\s*(\\d{1,4})\\s*(?:名|人|位)");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,；;/\\n]+");
    /** A denial a few characters before a name, within its item of a list: 不组织学员来华 (not 中非共和国、巴布亚新几内亚). */
    private static final Pattern NEGATION_BEFORE = Pattern.compile("(?:不|无需|无须|未|非|免|不再|不组织|不需)[^，,。；;、]{0,4}$");

    private final TitleFinder titles;

    public ChineseNoticeGrammar(DictionaryMatcher matcher) {
        this.titles = new TitleFinder(matcher);
    }

    @Override
    public String language() {
        return "zh";
    }

    @Override
    public Optional<TitleFinder.Title> title(String text, int from, int to) {
        return titles.find(text, from, to);
    }

    @Override
    public Optional<Span> year(String text, Span title) {
        return Span.firstMatch(YEAR, text, title.start(), title.end());
    }

    @Override
    public Optional<DateRange> dates(String text, int from, int to, Optional<Integer> defaultYear) {
        return DateRange.findCurrent(text, from, to, defaultYear);
    }

    @Override
    public Pattern nameSeparators() {
        return NAME_SEPARATORS;
    }

    @Override
    public boolean negated(String text, int start, int end) {
        int from = Math.max(0, start - 6);
        if (NEGATION_BEFORE.matcher(text.substring(from, start)).find()) {
            return true;
        }
        String after = text.substring(end, Math.min(text.length(), end + 2));
        return after.startsWith("不限") || after.startsWith("无限");
    }

    @Override
    public Optional<Span> participantCount(String text, int from, int to, boolean countField) {
        Matcher m = REVISED_COUNT.matcher(text).region(from, to);
        if (m.find()) {
            return Optional.of(new Span(m.start(1), m.end()));
        }
        m = TOTAL.matcher(text).region(from, to);
        if (m.find()) {
            return Optional.of(new Span(m.start(1), m.end())); // 每国2至3人，总规模24人: the total
        }
        m = COUNT.matcher(text).region(from, to);
        while (m.find()) {
            if (!PER_COUNTRY.matcher(text.substring(Math.max(from, m.start() - 8), m.start())).find()) {
                return Optional.of(new Span(m.start(1), m.end()));
            }
        }
        m = BARE_NUMBER.matcher(text).region(from, to);
        return countField && m.matches() ? Optional.of(new Span(m.start(1), m.end(1))) : Optional.empty(); // a table's 学员名额 cell: 25
    }

    @Override
    public boolean readsDeliveryFromBody() {
        return true;
    }
}
