package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;
import static org.exchangeatlas.extract.NoticeSchemes.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.vocab.ClausePattern;
import org.exchangeatlas.vocab.DictionaryMatcher;
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
            if (yearSpan != null) {
                facts.fact(YEAR_PROPERTY, new Value.Typed(String.valueOf(year.get()), XSD + "gYear"), yearSpan);
            }
            titleMentions.forEach(facts::conceptFact);
            title.get().delivery().ifPresent(d -> notice.mentions(d, DELIVERY_SCHEME).forEach(facts::conceptFact));

            documentKind(fields, titleSpan);
            FieldFacts fieldFacts = new FieldFacts(notice, facts);
            for (NoticeField f : fields) {
                fieldFacts.read(f, year);
            }
            for (NoticeField f : fields) {
                if (!facts.stated(DELIVERY) && "dates".equals(f.kind())) {
                    fieldFacts.delivery(f.content()); // "Time and place: 5–25 June 2019, Kunming, China"
                }
            }
            NoticeBody body = new NoticeBody(notice, clausePatterns, facts, fields, titleSpan);
            if (!facts.stated(DELIVERY) && grammar.readsDeliveryFromBody()) {
                body.delivery();
            }
            body.requirements();
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

    }

    private static final String YEAR_PROPERTY = NS + "year";

    /** "Seminar on TOPIC for ROLE from TARGET, YEAR", from the English labels of the title's concepts. */
    public static String englishLabel(List<Mention> title, Optional<Integer> year) {
        return EnglishProgramLabel.of(title, year);
    }
}
