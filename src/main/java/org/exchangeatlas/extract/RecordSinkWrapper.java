package org.exchangeatlas.extract;

import org.exchangeatlas.source.Document;

/** A sink that passes everything on to another: override the calls a concern cares about. */
public class RecordSinkWrapper implements RecordSink {
    protected final RecordSink next;

    public RecordSinkWrapper(RecordSink next) {
        this.next = next;
    }

    @Override
    public void startDocument(Document document) {
        next.startDocument(document);
    }

    @Override
    public void program(ProgramRecord program) {
        next.program(program);
    }

    @Override
    public void fact(Fact fact) {
        next.fact(fact);
    }

    @Override
    public void entity(EntityRecord entity) {
        next.entity(entity);
    }

    @Override
    public void problem(Problem problem) {
        next.problem(problem);
    }

    @Override
    public void endDocument(Document document) {
        next.endDocument(document);
    }
}
