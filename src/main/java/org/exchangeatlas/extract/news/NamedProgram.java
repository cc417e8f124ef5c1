package org.exchangeatlas.extract.news;

import static org.exchangeatlas.model.AtlasTerms.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Mention;

/**
 * A program a page of prose names, and what has been stated of it once and only once: the state
 * {@link NewsReading} keeps per program.
 */
final class NamedProgram {
    /** The end of a name's targets: 中亚国家, 太平洋岛国, 澜湄地区. */
    private static final java.util.regex.Pattern TARGETS = java.util.regex.Pattern.compile("国家|地区|岛国");
    private static final java.util.regex.Pattern TARGETS_BEFORE = java.util.regex.Pattern.compile("(?:国家|地区|岛国|国)$");
    final TitleFinder.Title title;
    final String key;
    final String iri;
    final String folded;
    /** The name without its year and delivery bracket (港口管理研修班 for 2018年港口管理研修班（线上）). */
    final String core;
    final Set<String> stated = new HashSet<>();
    final List<Mention> delivery = new ArrayList<>();
    Optional<Integer> year = Optional.empty();
    /** The countries its trainees come from, as stated so far. */
    final Set<String> countries = new java.util.LinkedHashSet<>();
    /** The bodies that met its trainees, each with the sentence that says so. */
    final java.util.Map<String, Span> metBy = new java.util.LinkedHashMap<>();
    /** Where the page reports its ceremony held at a place, if it does. */
    Span ceremony;
    /** Where a sentence about it says it was held at a place in China (在宁德举办), if one does. */
    Span heldInChina;
    /** The first range of days the page states for it (5月8日至5月28日; 于10月7日开班，至27日结束). */
    private DatesInProse.Stated range;
    /** The day of its opening and of its closing the page reports, where no range is stated. */
    private Optional<DatesInProse.Dated> opened = Optional.empty();
    private Optional<DatesInProse.Dated> closed = Optional.empty();
    /** Where the page says its trainees study at the page's own institution (在我中心参加), if it does. */
    Span atHome;
    /** The institution the page's self-reference there stands for. */
    org.exchangeatlas.extract.Value atHomeOf;
    /** The name without its targets (农业节水灌溉技术培训班 for 中亚国家农业节水灌溉技术培训班), when no other program's name ends with it. */
    String shortName = "";

    NamedProgram(TitleFinder.Title title, String key, String folded) {
        this.title = title;
        this.key = key;
        this.iri = id("program", key);
        this.folded = folded;
        this.core = folded.replaceFirst("^(?:19|20)\\d{2}年?", "").replaceFirst("[(（][^)）]{1,10}[)）]$", "");
    }

    /** Gives each of a page's programs the name it goes by without its targets, where that name is its own. */
    static void shortNames(List<NamedProgram> programs) {
        for (NamedProgram p : programs) {
            java.util.regex.Matcher m = TARGETS.matcher(p.core);
            String tail = m.find() ? p.core.substring(m.end()) : "";
            if (programs.stream().filter(o -> o.core.endsWith(tail)).count() == 1) {
                p.shortName = tail;
            }
        }
    }

    /** Whether a folded sentence names it by its short name, not as the tail of another target's name (东盟国家工会干部研修班). */
    boolean shortNamed(String sentence) {
        for (int at = sentence.indexOf(shortName); at >= 0; at = sentence.indexOf(shortName, at + 1)) {
            if (!TARGETS_BEFORE.matcher(sentence.substring(Math.max(0, at - 2), at)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Notes the days a sentence states: a range (a first and a last day) is kept over the day of a
     * ceremony another sentence reports (4月15日上午举行开班仪式, while the course ran 4月14日至27日).
     */
    void dated(DatesInProse.Stated d) {
        if (d.start().isPresent() && d.end().isPresent()) {
            range = range == null ? d : range;
        } else {
            opened = opened.or(d::start);
            closed = closed.or(d::end);
        }
    }

    Optional<DatesInProse.Dated> start() {
        return range != null ? range.start() : opened;
    }

    Optional<DatesInProse.Dated> end() {
        return range != null ? range.end() : closed;
    }
}
