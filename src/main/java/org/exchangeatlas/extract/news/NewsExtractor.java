package org.exchangeatlas.extract.news;

import org.exchangeatlas.extract.Extractor;
import org.exchangeatlas.extract.NoticeLayout;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.prose.ProseReaders;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Reads Chinese prose about programs: host institutes' news of opening and closing ceremonies,
 * ministry releases, reprints in either script, and notices written as prose rather than as
 * labelled fields. Which programs a page names (quoted names, else its heading), who organizes,
 * hosts and co-organizes them (relation cues, with 我院 resolved to the page's own institution),
 * who came (counts, countries, groups, roles), when (the title's year, a date in the text, the
 * dateline), and meetings of a body with a country's officials ({@code atlas:engagedWith}). See
 * {@link NewsReading} for the rules.
 */
public final class NewsExtractor implements Extractor {
    private final NoticeLayout layout;
    private final ProseReaders readers;

    public NewsExtractor(DictionaryMatcher matcher, Vocabulary vocabulary) {
        this.layout = new NoticeLayout(matcher);
        this.readers = ProseReaders.of(matcher, vocabulary);
    }

    /** Chinese documents that are not laid out as notices or revisions (those are the notice extractor's). */
    @Override
    public boolean accepts(Document document) {
        return "zh".equals(document.language()) && !layout.isNoticeOrRevision(document.readableText());
    }

    @Override
    public void extract(Document document, RecordSink sink) {
        new NewsReading(document, sink, readers).read();
    }
}
