package org.exchangeatlas.extract;

/** The extractor contract for Chinese notices ({@link NoticeExtractor#chinese}), on the Chinese notices of {@code samples/}. */
class ChineseNoticeContractTest extends ExtractorContract {
    @Override
    protected DocumentKind kind() {
        return DocumentKind.CHINESE_NOTICE;
    }
}
