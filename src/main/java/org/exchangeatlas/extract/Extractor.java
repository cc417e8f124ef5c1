package org.exchangeatlas.extract;

import org.exchangeatlas.source.Document;

/**
 * Reads the facts of one genre of document (a Chinese notice, an English article, a coded row)
 * and pushes them, with their spans, into a sink. Implementations hold only immutable
 * configuration; per-document state lives in local objects.
 */
public interface Extractor {
    /** Whether this extractor reads this document. */
    boolean accepts(Document document);

    /**
     * Pushes the document's records; called between the sink's start and end of document.
     *
     * @throws UnreadableDocumentException when the document cannot be read at all (a table that
     *         does not parse): the file is skipped with that reason, and nothing of it lands
     */
    void extract(Document document, RecordSink sink);
}
