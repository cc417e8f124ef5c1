package org.exchangeatlas.extract.report;

import org.exchangeatlas.extract.DocumentKind;
import org.exchangeatlas.extract.ExtractorContract;

/** The extractor contract for English reporting ({@link ReportExtractor}), on the English articles of {@code samples/}. */
class ReportExtractorContractTest extends ExtractorContract {
    @Override
    protected DocumentKind kind() {
        return DocumentKind.ENGLISH_REPORT;
    }
}
