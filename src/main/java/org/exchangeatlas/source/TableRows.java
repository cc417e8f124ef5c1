package org.exchangeatlas.source;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps each row of an HTML table on one line of the text. Tika writes a cell as a tab and its
 * text and ends a row with a line break, but it also passes on the markup's own white space
 * between the cells: a page whose source puts each {@code <td>} on a line of its own (most
 * pages written by a content system) would come out one cell a line, and a table of programs
 * would no longer read as rows. White space between a table's cells and rows (inside a table,
 * outside every cell) carries nothing and is dropped; text inside a cell, a nested table's
 * included, is passed on as it is.
 */
final class TableRows extends ContentHandlerDecorator {
    /** For each open table or cell, innermost first: true for a table, false for a cell. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    TableRows(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if (localName.equals("table")) {
            open.push(true);
        } else if (localName.equals("td") || localName.equals("th")) {
            open.push(false);
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (!open.isEmpty() && (localName.equals("table") || localName.equals("td") || localName.equals("th"))) {
            open.pop();
        }
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (open.isEmpty() || !open.peek() || !blank(ch, start, length)) {
            super.characters(ch, start, length);
        }
    }

    private static boolean blank(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                return false;
            }
        }
        return true;
    }
}
