package org.exchangeatlas.extract;

import org.exchangeatlas.source.Document;

/**
 * The one contract between the extractors and whatever consumes their records: the resolver, the
 * RDF mapper, a counter, a test collector. Calls for one document come between
 * {@link #startDocument} and {@link #endDocument}.
 */
public interface RecordSink {
    void startDocument(Document document);

    void program(ProgramRecord program);

    void fact(Fact fact);

    void entity(EntityRecord entity);

    void problem(Problem problem);

    void endDocument(Document document);
}
