package org.exchangeatlas.extract.news;

import java.util.List;
import org.exchangeatlas.extract.DocumentKind;
import org.exchangeatlas.extract.ExtractorContract;
import org.exchangeatlas.source.Document;

/**
 * The extractor contract for Chinese prose ({@link NewsExtractor}). {@code samples/} holds no
 * Chinese news, so it runs on the host-site news and releases of the development set ({@code eval/dev}).
 */
class NewsExtractorContractTest extends ExtractorContract {
    @Override
    protected DocumentKind kind() {
        return DocumentKind.CHINESE_PROSE;
    }

    @Override
    protected List<Document> corpus() {
        return devSet();
    }
}
