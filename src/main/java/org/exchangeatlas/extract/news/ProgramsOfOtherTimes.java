package org.exchangeatlas.extract.news;

import java.util.List;
import org.exchangeatlas.extract.TitleFinder;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;

/**
 * A program a page names once, in a sentence that says it is still to come (今年我校还将承办
 * “2017年南亚国家茶叶加工技术培训班”) or that it was run before (2019年曾承办“孟加拉国防洪技术培训班”),
 * or a series the page's program is one of (“发展中国家技术培训班”项目之一): not a program the page
 * reports, so not one of its programs.
 */
final class ProgramsOfOtherTimes {
    /** What a program of another time is said to be: 还将承办, 将于明年举办, 计划举办, 申报; 曾承办, 此前, 去年. */
    private static final Pattern OTHER_TIME = Pattern.compile(
            "还将|将于|将要|即将|计划于|计划举办|计划首次|拟于|拟举办|申报|获批|力争|明年|曾|此前|以往|往年|去年|前年|历年|先后|商定|约定"
            + "|累计|(?<!今年|本年|开班|开学|入学)以来|其中包括"); // 自2017年以来，本校已累计执行……其中包括“2019年…培训班”: the history, not this time
    /** What a program still to be sought or planned is said to be after its name: ……研修班项目申报工作，力争明年举办. */
    private static final Pattern PLANNED_AFTER = Pattern.compile("^[^。；]{0,6}?(?:项目)?申报|^[^。；]{0,30}?力争(?:明年|于)");

    /**
     * A program of another time spoken of without its name: 去年还承办了面向……的研修班, 曾委托……举办首期……研修班,
     * 明年还将申报……研修班, 并计划首次尝试赴境外办班.
     */
    private static final Pattern ANOTHER_UNNAMED = Pattern.compile(
            "(?:去年|前年|往年|此前|曾|上一期|首期|明年|还将|下一步|今后)[^。；]{0,30}?(?:研修班|培训班|研讨班|研修项目|培训项目|办班)");

    /** A series the program is one of, named with 之一 after it: 该培训班是科技部“发展中国家技术培训班”项目之一. */
    private static final Pattern SERIES_AFTER = Pattern.compile("^[”」》\"]?(?:系列)?(?:项目|计划)?之一");

    /** Put off to another year after its name: ……研修班因故推迟至2026年举办. */
    private static final Pattern POSTPONED = Pattern.compile("(?:推迟|延期|顺延|改期)(?:至|到)\\s*(?:19|20)\\d{2}\\s*年");

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private ProgramsOfOtherTimes() {}

    /** Whether a sentence that names none of the page's programs speaks of a program run before, without its name. */
    static boolean aboutAnother(String folded, Span sentence) {
        return ANOTHER_UNNAMED.matcher(folded).region(sentence.start(), sentence.end()).find();
    }

    /**
     * Whether the program named at {@code title} of the folded page is named once, as of another time:
     * said to be so, or named without a year of its own after an earlier year than the page's
     * (a page of 2024: 2019年，学院承办的“南亚国家减贫经验分享研修班”曾获表扬), or a later one, or
     * named with its own year two or more before the page's.
     */
    static boolean onlyOfAnotherTime(String folded, Span title, List<Span> sentences, Optional<Integer> pageYear) {
        String name = folded.substring(title.start(), title.end());
        List<Span> naming = sentences.stream().filter(s -> folded.substring(s.start(), s.end()).contains(name)).toList();
        if (naming.size() != 1 || naming.get(0).start() > title.start()) {
            return false;
        }
        String before = folded.substring(naming.get(0).start(), title.start());
        String after = folded.substring(title.end(), naming.get(0).end());
        return OTHER_TIME.matcher(before).find()
                || POSTPONED.matcher(after).find() || PLANNED_AFTER.matcher(after.replaceFirst("^[”」》\"]", "")).find()
                || SERIES_AFTER.matcher(after).find()
                || !YEAR.matcher(name).find() && otherYear(before, pageYear)
                || longBefore(name, pageYear);
    }

    /** A name whose own year is two or more before the page's (2019年…培训班 on a page of 2023): one of the past. */
    private static boolean longBefore(String name, Optional<Integer> pageYear) {
        Matcher m = YEAR.matcher(name);
        return m.find() && pageYear.isPresent() && Integer.parseInt(m.group(1)) <= pageYear.get() - 2;
    }

    /**
     * The titles of programs run at the page's time; each of the others is set aside (its folded
     * name added to {@code setAside}) as a program of another time.
     */
    static List<TitleFinder.Title> ofThisTime(String folded, List<TitleFinder.Title> titles, List<Span> sentences,
            Optional<Integer> pageYear, List<String> setAside) {
        List<TitleFinder.Title> out = new java.util.ArrayList<>();
        for (TitleFinder.Title t : titles) {
            if (onlyOfAnotherTime(folded, t.title(), sentences, pageYear)) {
                setAside.add(folded.substring(t.title().start(), t.title().end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A year other than the page's before a name without its own: an earlier one (a page of 2024:
     * 2019年，学院承办的“…研修班”曾获表扬) or a later one (2025年，我省已获批承办……“…研修班”).
     */
    private static boolean otherYear(String before, Optional<Integer> pageYear) {
        Matcher m = YEAR.matcher(before);
        while (m.find()) {
            if (pageYear.isPresent() && Integer.parseInt(m.group(1)) != pageYear.get()) {
                return true;
            }
        }
        return false;
    }
}
