package org.exchangeatlas.extract;

import java.util.Objects;

/**
 * A kind of document as the extractors tell them apart (a Chinese notice, English reporting, a
 * coded table): the key under which an {@link ExtractorRegistry} holds the extractor that reads
 * it, as RIOT's {@code Lang} is the key of its parser registry. A new kind is a new constant and
 * a new registry entry, not an edit of a switch.
 *
 * @param name        a short, stable name ({@code chinese-notice})
 * @param description what documents of the kind are, for messages and docs
 */
public record DocumentKind(String name, String description) {
    /** Chinese notices of a program (通知), with labelled fields and a title line. */
    public static final DocumentKind CHINESE_NOTICE = new DocumentKind("chinese-notice",
            "a Chinese notice of a program, with labelled fields");
    /** English notices, the versions sent to embassies. */
    public static final DocumentKind ENGLISH_NOTICE = new DocumentKind("english-notice",
            "an English notice of a program, as sent to embassies");
    /** Chinese prose that is no notice: host-site news, press releases. */
    public static final DocumentKind CHINESE_PROSE = new DocumentKind("chinese-prose",
            "Chinese news or a press release about programs and meetings");
    /** English reporting that is no notice: articles about a body's programs. */
    public static final DocumentKind ENGLISH_REPORT = new DocumentKind("english-report",
            "an English article reporting programs and meetings");
    /** Tables of coded records (CSV, a JSON array, JSON Lines) with a mapping file. */
    public static final DocumentKind CODED_TABLE = new DocumentKind("coded-table",
            "a table of coded records, one program a row, with its mapping file");

    public DocumentKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
