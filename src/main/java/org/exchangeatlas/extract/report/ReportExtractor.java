package org.exchangeatlas.extract.report;

import org.exchangeatlas.extract.Extractor;
import org.exchangeatlas.extract.NoticeLayout;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.prose.ProseReaders;
import org.exchangeatlas.model.AtlasTerms;
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
    private final NoticeLayout notices;
    private final ProseReaders prose;

    public ReportExtractor(DictionaryMatcher matcher, Vocabulary vocabulary) {
        this.matcher = matcher;
        this.vocabulary = vocabulary;
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

    @Override
    public void extract(Document document, RecordSink sink) {
        String text = document.readableText();
        // the article's year: its first full date, else the dateline's, which page furniture may hold ("By … | Published Monday, August 4, 2025")
        java.util.Optional<Integer> year = org.exchangeatlas.extract.EnglishDateRange.find(text, 0, text.length())
                .or(() -> org.exchangeatlas.extract.EnglishDateRange.find(document.text(), 0, Math.min(document.text().length(), DATELINE_REACH)))
                .map(r -> r.start().getYear());
        new ArticleReading(text, AtlasTerms.id("document", document.sha256()), sink, matcher, vocabulary,
                new ClauseRelations(text, prose.orgs(), prose.clauses(), prose.publisher().of(document), prose.participants()), year).read();
    }
}
