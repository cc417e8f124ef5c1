package org.exchangeatlas.extract.news;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.prose.OrgMention;
import org.exchangeatlas.extract.prose.OrganizationFinder;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;

/**
 * The body whose programs a page reports, named as their owner rather than with a relation cue:
 * 全年共承办商务部援外培训项目21期 (a province's year-end summary), 学院承办的农业农村部援外培训项目
 * 包括…, 列入2024年度科技部培训班计划. A page that names one such body, in a sentence of its own time (not 自2015年起累计承办…,
 * not 下一步将申报…), gives it as the organizer of each of its programs that states none.
 */
final class ProgramsOfABody {
    /** Right after the body: its aid-training programs (援外培训项目, 2023年度援外研修项目, 培训项目). */
    private static final Pattern OWNED = Pattern.compile(
            "(?:的)?(?:(?:19|20)\\d{2}年度?)?(?:(?:援外|对外援助|援外人力资源开发合作)(?:培训|研修)?(?:项目|班)|(?:培训班|培训|研修)(?:项目)?计划)");
    /** A sentence of programs run over the years or still to come. */
    private static final Pattern OTHER_TIMES = Pattern.compile(
            "自[^。；]{0,12}(?:以来|起)|累计|先后|历年|多年来|曾|还将|将于|计划(?:于|在|举办|明年)|拟(?:于|在|举办|开展|招收|邀请)|申报|下一步|今后|明年");

    /** A heading of a body's report on its own year of training: 2023年农业对外培训工作取得积极成效. */
    private static final Pattern OWN_TRAINING_WORK = Pattern.compile("(?:培训|研修)工作");
    private static final int HEADING_LINES = 4;

    private ProgramsOfABody() {}

    /**
     * The page's one owning body and where it is named with the programs it owns; else the body
     * that publishes the page when its heading reports on its training work (a ministry's release
     * 2023年农业对外培训工作取得积极成效 on its own site); empty when none or several.
     */
    static Optional<Owner> find(String text, String folded, List<Span> sentences, OrganizationFinder orgs, Value self,
                                Optional<Span> publisher) {
        Optional<Owner> named = find(text, folded, sentences, orgs, self);
        if (named.isPresent() || publisher.isEmpty() || !(self instanceof Value.Iri)) {
            return named;
        }
        Matcher work = OWN_TRAINING_WORK.matcher(folded).region(0, AggregatePrograms.headingEnd(text, HEADING_LINES));
        return work.find() ? Optional.of(new Owner(self, publisher.get())) : Optional.empty();
    }

    /** The page's one owning body named with the programs it owns; empty when none or several. */
    static Optional<Owner> find(String text, String folded, List<Span> sentences, OrganizationFinder orgs, Value self) {
        Optional<Owner> found = Optional.empty();
        for (Span s : sentences) {
            if (OTHER_TIMES.matcher(folded).region(s.start(), s.end()).find()) {
                continue;
            }
            for (OrgMention o : orgs.find(text, s.start(), s.end(), self)) {
                var owned = OWNED.matcher(folded).region(o.span().end(), s.end());
                if (!o.body() || !owned.lookingAt()) {
                    continue;
                }
                if (found.isPresent() && !found.get().body().equals(o.value())) {
                    return Optional.empty(); // two bodies' programs: which is whose is not said
                }
                found = found.or(() -> Optional.of(new Owner(o.value(), new Span(o.span().start(), owned.end()))));
            }
        }
        return found;
    }

    /** A body and the passage that names it with its programs. */
    record Owner(Value body, Span passage) {}
}
