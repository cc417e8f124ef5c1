package org.exchangeatlas.extract.report;

import org.exchangeatlas.extract.Extractor;
import org.exchangeatlas.extract.NoticeLayout;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.prose.ProseReaders;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Reads English reporting about programs (news, analysis, official releases that speak of
 * programs in aggregate): the programs an article reports, sentence by sentence, as
 * {@code atlas:ReportedProgram}s with the bodies that run them and what the sentences tie to
 * them; meetings as {@code atlas:engagedWith}; the article's figures (files, programs, bodies,
 * participants, host units, years) as facts about the document. Every fact cites its sentence.
 * Notices (labelled fields such as "Organizer:") are left to the notice extractor; page
 * furniture is blank in the text it reads. See {@link ArticleReading} for the rules.
 */
public final class ReportExtractor implements Extractor {
    private final DictionaryMatcher matcher;
    private final Vocabulary vocabulary;
    /** The closed classes of words the reader weighs (vocab/report-cues.ttl). */
    private final ReportWords words;
    private final NoticeLayout notices;
    private final ProseReaders prose;

    public ReportExtractor(DictionaryMatcher matcher, Vocabulary vocabulary) {
        this.matcher = matcher;
        this.vocabulary = vocabulary;
        this.words = ReportWords.from(vocabulary);
        this.notices = new NoticeLayout(matcher);
        this.prose = ProseReaders.of(matcher, vocabulary);
    }

    /** English documents that are not notices. */
    @Override
    public boolean accepts(Document document) {
        return "en".equals(document.language()) && !notices.isNotice(document.readableText());
    }

    /** How far from the top of a page its dateline may stand. */
    private static final int DATELINE_REACH = 1500;
    /** A date written the ISO way, as datelines of pages often are (2019-06-12, 2019/06/12). */
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile(
            "(?<![\\d.-])((?:19|20)\\d{2})[-/](?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\\d|3[01])(?![\\d])");

    /** The year of the first ISO date near the top of the page. */
    private static java.util.Optional<Integer> isoDate(String text) {
        java.util.regex.Matcher m = ISO_DATE.matcher(text).region(0, Math.min(text.length(), DATELINE_REACH));
        return m.find() ? java.util.Optional.of(Integer.parseInt(m.group(1))) : java.util.Optional.empty();
    }

    @Override
    public void extract(Document document, RecordSink sink) {
        String text = document.readableText();
        // the article's year: its first full date, else the dateline's, which page furniture may hold ("By … | Published Monday, August 4, 2025")
        java.util.Optional<Integer> year = org.exchangeatlas.extract.EnglishDateRange.find(text, 0, text.length())
                .or(() -> org.exchangeatlas.extract.EnglishDateRange.find(document.text(), 0, Math.min(document.text().length(), DATELINE_REACH)))
                .map(r -> r.start().getYear())
                .or(() -> isoDate(document.text())); // "Date: 2019-06-12"
        new ArticleReading(text, Iris.document(document.sha256()), sink, matcher, vocabulary, words,
                new ClauseRelations(text, prose.orgs(), prose.clauses(), prose.publisher().of(document), prose.participants()), year).read();
    }
}
