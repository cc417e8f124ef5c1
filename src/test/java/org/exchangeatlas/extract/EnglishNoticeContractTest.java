package org.exchangeatlas.extract;

/** The extractor contract for English notices ({@link NoticeExtractor#english}), on the English notices of {@code samples/}. */
class EnglishNoticeContractTest extends ExtractorContract {
    @Override
    protected DocumentKind kind() {
        return DocumentKind.ENGLISH_NOTICE;
    }
}
