package org.exchangeatlas.source;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A text handler that stops a parse when its file's time is up or its thread is interrupted:
 * at every piece of text and every element the parser hands over, it looks at the clock, and
 * throws {@link TimeUp} once the allowance has run out.
 */
final class OnTime extends ContentHandlerDecorator {
    private final FileBudget.Allowance allowance;

    OnTime(ContentHandler handler, FileBudget.Allowance allowance) {
        super(handler);
        this.allowance = allowance;
    }

    /** Thrown through the parser to stop it; {@link #isTimeUp} finds it in what the parser throws. */
    static final class TimeUp extends SAXException {
        TimeUp() {
            super("time limit reached");
        }
    }

    static boolean isTimeUp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeUp) {
                return true;
            }
        }
        return false;
    }

    private void check() throws SAXException {
        if (allowance.expired() || Thread.currentThread().isInterrupted()) {
            throw new TimeUp();
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }
}
