package org.exchangeatlas.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads formats whose text Apache Tika knows how to get at (HTML, PDF, DOCX): the document's text
 * is Tika's body text, so claims point into what Tika extracted. A binary format (PDF, DOCX) is
 * read only when the file's own signature says it is of that format, so that a {@code .docx}
 * that is some other zip is not taken for a Word document; text formats (HTML) are read as Tika
 * finds them. A file that cannot be read gets a short reason for a user, told from what its bytes
 * are: a damaged or truncated file of the expected type, bytes of another type, or bytes of no
 * known type.
 */
public final class TikaTextReader implements TextReader {
    /**
     * The most text one file may give: as much as the largest plain-text file read, so that a
     * package whose parts inflate far beyond its bytes (a zip bomb) cannot exhaust memory.
     */
    public static final int MAX_TEXT_CHARS = (int) DocumentReader.MAX_BYTES;

    private final String mediaType;
    private final MediaType expected;
    private final AutoDetectParser parser = new AutoDetectParser();
    /** Tika's parser for the expected type: once the bytes are known to fit, no second detection. */
    private final org.apache.tika.parser.Parser direct;

    public TikaTextReader(String mediaType) {
        this.mediaType = mediaType;
        this.expected = MediaType.parse(mediaType);
        this.direct = parser.getParsers(new ParseContext()).getOrDefault(expected, parser);
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
        // A binary format must show its signature before it is parsed; text is parsed at once
        // (its bytes are looked at only to say what they are if parsing fails).
        boolean binary = !expected.getType().equals("text");
        MediaType detected = binary ? detect(bytes) : null;
        if (binary && !fits(detected)) {
            throw new UnreadableFileException("cannot read as " + mediaType + ": " + whatTheBytesAre(detected));
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            (binary && !detected.equals(expected) ? parser : direct).parse(in, handler, metadata, context());
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (org.apache.tika.exception.WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableFileException("cannot read as " + mediaType + ": its text runs past "
                        + MAX_TEXT_CHARS + " characters (a compressed bomb?)", e);
            }
            MediaType actual = detected != null ? detected : detect(bytes);
            throw new UnreadableFileException("cannot read as " + mediaType + ": "
                    + (fits(actual) ? "damaged or truncated file" : whatTheBytesAre(actual)), e);
        }
        String text = handler.toString();
        if (text.isBlank()) {
            throw new UnreadableFileException("no text found in " + mediaType + " file");
        }
        return text;
    }

    /**
     * Word documents are read with Tika's streaming (SAX) extractor rather than POI's object model,
     * which holds the whole inflated body in memory before a character is written: streamed, the
     * text limit stops a bomb (same text on ordinary documents).
     */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        org.apache.tika.parser.microsoft.OfficeParserConfig office = new org.apache.tika.parser.microsoft.OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(org.apache.tika.parser.microsoft.OfficeParserConfig.class, office);
        return context;
    }

    /** The type the bytes' own signature gives (the file name is not consulted). */
    private MediaType detect(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return parser.getDetector().detect(in, new Metadata());
        } catch (IOException | RuntimeException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** Whether bytes of the detected type are a file of the expected type (or a kind of it). */
    private boolean fits(MediaType detected) {
        return detected.equals(expected) || MediaTypeRegistry.getDefaultRegistry().isSpecializationOf(detected, expected);
    }

    private static String whatTheBytesAre(MediaType detected) {
        return detected.equals(MediaType.OCTET_STREAM) ? "its bytes are of no known format"
                : "its bytes are " + detected.getBaseType();
    }
}
