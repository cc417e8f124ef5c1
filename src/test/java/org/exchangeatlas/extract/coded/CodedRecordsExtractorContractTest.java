package org.exchangeatlas.extract.coded;

import org.exchangeatlas.extract.DocumentKind;
import org.exchangeatlas.extract.ExtractorContract;

/** The extractor contract for coded tables ({@link CodedRecordsExtractor}), on the tables of {@code samples/coded/}. */
class CodedRecordsExtractorContractTest extends ExtractorContract {
    @Override
    protected DocumentKind kind() {
        return DocumentKind.CODED_TABLE;
    }
}
