package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;
import static org.exchangeatlas.extract.NoticeSchemes.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.vocab.ClausePattern;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.LabelNormalizer;
import org.exchangeatlas.vocab.Mention;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Reads a program notice: the title by its grammar (year, target, role, topic, type, delivery),
 * then the labelled fields (主办/承办 units or Organizer/Implementing institution, dates, delivery,
 * language, invited countries, participants, count, courses, requirements). Every name is found
 * through the vocabularies' labels; a host unit no vocabulary knows is passed on as a name for
 * the resolver. Every fact carries the span that states it. What differs between languages is a
 * {@link NoticeGrammar}: {@link #chinese} and {@link #english} give the two we read.
 */
public final class NoticeExtractor implements Extractor {
    private final DictionaryMatcher matcher;
    private final Optional<String> homeCountry;
    private final List<ClausePattern> clausePatterns;
    private final NoticeLayout layout;
    private final NoticeGrammar grammar;

    public NoticeExtractor(DictionaryMatcher matcher, Vocabulary vocabulary, NoticeGrammar grammar) {
        this.matcher = matcher;
        this.homeCountry = vocabulary.homeCountry();
        this.clausePatterns = vocabulary.clausePatterns();
        this.layout = new NoticeLayout(matcher);
        this.grammar = grammar;
    }

    /** The reader of Chinese notices. */
    public static NoticeExtractor chinese(DictionaryMatcher matcher, Vocabulary vocabulary) {
        return new NoticeExtractor(matcher, vocabulary, new ChineseNoticeGrammar(matcher));
    }

    /** The reader of English notices (the versions sent to embassies). */
    public static NoticeExtractor english(DictionaryMatcher matcher, Vocabulary vocabulary) {
        return new NoticeExtractor(matcher, vocabulary, new EnglishNoticeGrammar(matcher));
    }

    /**
     * Documents in the grammar's language laid out as a notice (at least two labelled fields), or
     * a revision that changes one field (关于调整……的通知 over 调整后时间：…), so that articles and
     * news are left to the reporting and news extractors.
     */
    @Override
    public boolean accepts(Document document) {
        if (!grammar.language().equals(document.language())) {
            return false;
        }
        return layout.isNoticeOrRevision(document.readableText());
    }

    @Override
    public void extract(Document document, RecordSink sink) {
        new Run(new NoticeText(document.readableText(), matcher, grammar, homeCountry), id("document", document.sha256()), sink)
                .extract();
    }

    /** The state of reading one document. */
    private final class Run {
        private final NoticeText notice;
        private final String text;
        private final String documentIri;
        private final RecordSink sink;
        private ProgramFacts facts;
        private OrganizationNames organizations;

        Run(NoticeText notice, String documentIri, RecordSink sink) {
            this.notice = notice;
            this.text = notice.text();
            this.documentIri = documentIri;
            this.sink = sink;
        }

        void extract() {
            List<NoticeField> fields = layout.fields(text);
            Optional<TitleFinder.Title> title = findTitle(fields);
            if (title.isEmpty()) {
                sink.problem(new Problem("no program title found", null));
                return;
            }
            Span titleSpan = title.get().title();
            Optional<Integer> year = Optional.empty();
            Span yearSpan = grammar.year(text, titleSpan).orElse(null);
            if (yearSpan != null) {
                year = Optional.of(Integer.parseInt(yearSpan.of(text).replaceAll("\\D", "")));
            }
            Optional<DateRange> dates = fields.stream().filter(f -> "dates".equals(f.kind())).findFirst()
                    .flatMap(f -> grammar.dates(text, f.content().start(), f.content().end(), Optional.empty()));
            if (year.isEmpty() && dates.isPresent()) {
                year = Optional.of(dates.get().start().getYear());
                yearSpan = dates.get().startSpan();
            }
            List<Mention> titleMentions = matcher.find(text, titleSpan.start(), titleSpan.end(),
                    List.of(COUNTRIES, GROUPS, ROLES, TOPICS, TYPES, NON_COUNTRIES, LANGUAGES));
            String titleText = titleSpan.of(text).replaceAll("\\s+", " ");
            String key = ProgramKeys.of(year, titleText);
            sink.program(new ProgramRecord(key, titleText, grammar.language(), englishLabel(titleMentions, year), titleSpan));
            facts = new ProgramFacts(notice, id("program", key), sink);
            organizations = new OrganizationNames(notice, facts);
            if (yearSpan != null) {
                facts.fact(YEAR_PROPERTY, new Value.Typed(String.valueOf(year.get()), XSD + "gYear"), yearSpan);
            }
            titleMentions.forEach(facts::conceptFact);
            title.get().delivery().ifPresent(d -> notice.mentions(d, DELIVERY_SCHEME).forEach(facts::conceptFact));

            documentKind(fields, titleSpan);
            for (NoticeField f : fields) {
                read(f, year);
            }
            for (NoticeField f : fields) {
                if (!facts.stated(DELIVERY) && "dates".equals(f.kind())) {
                    delivery(f.content()); // "Time and place: 5–25 June 2019, Kunming, China"
                }
            }
            if (!facts.stated(DELIVERY) && grammar.readsDeliveryFromBody()) {
                deliveryFromBody(fields, titleSpan);
            }
            requirements(fields, titleSpan);
        }

        /**
         * The title: the 项目名称 field if the notice has one, else the best line above the first
         * field: a title alone on its line, then one wrapped in 《》 or 关于……的通知, then one
         * inside a sentence; the earliest of equals.
         */
        private Optional<TitleFinder.Title> findTitle(List<NoticeField> fields) {
            Optional<TitleFinder.Title> named = fields.stream().filter(f -> "title".equals(f.kind())).findFirst()
                    .flatMap(f -> grammar.title(text, f.content().start(), f.content().end()));
            if (named.isPresent()) {
                return named;
            }
            int firstField = fields.isEmpty() ? text.length() : fields.get(0).label().start();
            TitleFinder.Title best = null;
            int bestRank = 0;
            for (NoticeLayout.Line line : NoticeLayout.lines(text)) {
                if (line.start() >= firstField) {
                    break;
                }
                Optional<TitleFinder.Title> t = grammar.title(text, line.start(), line.end());
                if (t.isPresent()) {
                    int rank = t.get().standalone() ? 3 : t.get().wrapped() ? 2 : 1;
                    if (rank > bestRank) {
                        best = t.get();
                        bestRank = rank;
                    }
                }
            }
            return Optional.ofNullable(best);
        }

        private void read(NoticeField f, Optional<Integer> year) {
            if (f.kind() == null) {
                return;
            }
            Span c = f.content();
            switch (f.kind()) {
                case "organizer" -> organizations.names(c, ORGANIZER);
                case "co-organizer" -> organizations.names(c, CO_ORGANIZER);
                case "host" -> organizations.names(c, HOST);
                case "dates" -> grammar.dates(text, c.start(), c.end(), year).ifPresentOrElse(d -> {
                    facts.fact(START_DATE, new Value.Typed(d.start().toString(), XSD + "date"), d.startSpan());
                    d.end().ifPresent(e -> facts.fact(END_DATE, new Value.Typed(e.toString(), XSD + "date"), d.endSpan().get()));
                }, () -> facts.notUnderstood("dates not understood", c));
                case "delivery", "venue" -> delivery(c);
                case "language" -> notice.mentions(c, LANGUAGES).forEach(m -> facts.fact(INSTRUCTION_LANGUAGE, new Value.Iri(m.concept().iri()), NoticeText.span(m)));
                case "countries" -> notice.mentions(c, COUNTRIES, GROUPS, NON_COUNTRIES, LANGUAGES).forEach(facts::conceptFact);
                case "participants" -> {
                    notice.mentions(c, ROLES).forEach(facts::conceptFact);
                    count(c, false);
                }
                case "count" -> count(c, true);
                case "courses" -> notice.mentions(c, TOPICS).forEach(facts::conceptFact);
                default -> { }
            }
        }

        /**
         * Requirements are phrased, not named: a cue (岁以下) or a clause pattern (与其他国家 +
         * 交流 + 报告) anywhere in the notice's fields states one, except in the course list, the
         * title and the country list, where such words name a subject rather than a duty. The
         * claim quotes the clause.
         */
        private void requirements(List<NoticeField> fields, Span title) {
            int from = fields.isEmpty() ? title.end() : fields.get(0).label().start();
            int to = fields.isEmpty() ? text.length() : fields.get(fields.size() - 1).content().end();
            List<Span> excluded = fields.stream()
                    .filter(f -> Set.of("courses", "title", "countries").contains(String.valueOf(f.kind())))
                    .map(NoticeField::content).toList();
            for (Mention m : notice.mentions(new Span(from, to), REQUIREMENTS)) {
                if (!notice.negated(m) && !inside(excluded, m.start())) {
                    facts.fact(REQUIREMENT, new Value.Iri(m.concept().iri()),
                            withoutLabel(Clauses.around(text, m.start(), m.end(), from, to), fields));
                }
            }
            for (Span clause : Clauses.split(text, from, to)) {
                if (inside(excluded, clause.start())) {
                    continue;
                }
                String folded = LabelNormalizer.fold(clause.of(text));
                for (ClausePattern p : clausePatterns) {
                    if (p.matches(folded)) {
                        facts.fact(REQUIREMENT, new Value.Iri(p.conceptIri()), withoutLabel(clause, fields));
                    }
                }
            }
        }

        /** A clause that opens with a field's label ("Participants: …") quoted from its content on. */
        private static Span withoutLabel(Span clause, List<NoticeField> fields) {
            for (NoticeField f : fields) {
                if (f.label().start() >= clause.start() && f.label().start() < clause.end()
                        && f.content().start() > clause.start() && f.content().start() < clause.end()) {
                    return new Span(f.content().start(), clause.end());
                }
            }
            return clause;
        }

        private static boolean inside(List<Span> spans, int pos) {
            return spans.stream().anyMatch(s -> s.start() <= pos && pos < s.end());
        }

        /**
         * A notice that has no delivery field may still say it in a sentence (本项目为来华培训):
         * taken when the body names exactly one way of delivery, outside the course list and
         * not negated (不组织学员来华).
         */
        private void deliveryFromBody(List<NoticeField> fields, Span title) {
            int from = fields.isEmpty() ? title.end() : fields.get(0).label().start();
            int to = fields.isEmpty() ? text.length() : fields.get(fields.size() - 1).content().end();
            List<Span> courses = fields.stream().filter(f -> "courses".equals(f.kind())).map(NoticeField::content).toList();
            List<Mention> found = notice.mentions(new Span(from, to), DELIVERY_SCHEME).stream()
                    .filter(m -> !notice.negated(m) && !inside(courses, m.start())).toList();
            long kinds = found.stream().map(m -> m.concept().iri()).distinct().count();
            if (kinds == 1) {
                found.forEach(facts::conceptFact);
            } else if (kinds > 1) {
                facts.notUnderstood("delivery unclear: the notice names several ways", new Span(from, to));
            }
        }

        /**
         * A revised or supplementary notice says so above its first field (关于调整《…》举办时间的通知,
         * "Supplementary notice"): a fact about the document, which lets its facts supersede the
         * earlier notice's.
         */
        private void documentKind(List<NoticeField> fields, Span title) {
            int to = fields.isEmpty() ? title.end() : Math.max(title.end(), fields.get(0).label().start());
            notice.mentions(new Span(0, to), DOCUMENT_KINDS).stream().findFirst().ifPresent(m ->
                    sink.fact(new Fact(documentIri, DOCUMENT_KIND, new Value.Iri(m.concept().iri()), NoticeText.span(m))));
        }

        /**
         * A delivery or venue field states delivery: a delivery word if it has one (来华研修,
         * online), else a place in the home country ("in China (Changsha)") means delivered in China.
         */
        private void delivery(Span c) {
            List<Mention> delivery = notice.mentions(c, DELIVERY_SCHEME);
            if (!delivery.isEmpty()) {
                delivery.forEach(facts::conceptFact);
                return;
            }
            notice.mentions(c, COUNTRIES, NON_COUNTRIES).stream()
                    .filter(m -> notice.isHome(m.concept()))
                    .findFirst()
                    .ifPresent(m -> {
                        facts.fact(DELIVERY, new Value.Iri(id("delivery", "in-china")), NoticeText.span(m));
                        facts.markStated(DELIVERY);
                    });
        }

        private void count(Span c, boolean countField) {
            if (facts.stated(PARTICIPANT_COUNT)) {
                return;
            }
            grammar.participantCount(text, c.start(), c.end(), countField).ifPresent(s -> {
                facts.markStated(PARTICIPANT_COUNT);
                String digits = s.of(text).replaceAll("^(\\d+).*$", "$1");
                facts.fact(PARTICIPANT_COUNT, new Value.Typed(digits, XSD + "integer"), s);
            });
        }
    }

    private static final String YEAR_PROPERTY = NS + "year";

    /** "Seminar on TOPIC for ROLE from TARGET, YEAR", from the English labels of the title's concepts. */
    public static String englishLabel(List<Mention> title, Optional<Integer> year) {
        return EnglishProgramLabel.of(title, year);
    }
}
