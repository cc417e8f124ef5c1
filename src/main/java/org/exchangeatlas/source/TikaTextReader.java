package org.exchangeatlas.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads formats whose text Apache Tika knows how to get at (HTML now; PDF and DOCX use the same
 * path): the document's text is Tika's body text, so claims point into what Tika extracted.
 */
public final class TikaTextReader implements TextReader {
    private final String mediaType;
    private final Parser parser = new AutoDetectParser();

    public TikaTextReader(String mediaType) {
        this.mediaType = mediaType;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public String read(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new UnreadableFileException("cannot read as " + mediaType + ": " + firstLine(e), e);
        }
        String text = handler.toString();
        if (text.isBlank()) {
            throw new UnreadableFileException("no text found in " + mediaType + " file");
        }
        return text;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
