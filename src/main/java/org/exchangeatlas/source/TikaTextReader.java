package org.exchangeatlas.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads formats whose text Apache Tika knows how to get at (HTML, PDF, DOCX): the document's text
 * is Tika's body text, so claims point into what Tika extracted. A binary format (PDF, DOCX) is
 * read only when the file's own signature says it is of that format, so that a {@code .docx}
 * that is some other zip is not taken for a Word document; text formats (HTML) are read as Tika
 * finds them. A file that cannot be read gets a short reason for a user, told from what its bytes
 * are: a damaged or truncated file of the expected type, bytes of another type, or bytes of no
 * known type; an encrypted PDF or Office file says it is encrypted.
 *
 * <p>A file is parsed within its budget ({@link FileBudget}): the text handler stops at the
 * text limit (Tika's write limit) and, at every piece of text or markup it is handed, checks the
 * clock; the parse runs on a thread of its own, which is interrupted and abandoned when the time
 * is up even if the parser hands nothing over (a body of empty markup).
 */
public final class TikaTextReader implements TextReader {
    private final String mediaType;
    private final MediaType expected;
    private final AutoDetectParser parser = new AutoDetectParser();
    /** Tika's parser for the expected type: once the bytes are known to fit, no second detection. */
    private final org.apache.tika.parser.Parser direct;
    /** Where parses run, so that one past its time can be abandoned; daemon threads, made as needed. */
    private final ExecutorService parses = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "atlas-tika");
        t.setDaemon(true);
        return t;
    });

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
        return read(bytes, FileBudget.DEFAULTS.start());
    }

    @Override
    public String read(byte[] bytes, FileBudget.Allowance allowance) throws UnreadableFileException {
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
        BodyContentHandler handler = new BodyContentHandler(
                new TableRows(new OnTime(new WriteOutContentHandler((int) allowance.budget().textLimit()), allowance)));
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        org.apache.tika.parser.Parser chosen = binary && !detected.equals(expected) ? parser : direct;
        Future<?> parse = parses.submit(() -> {
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                chosen.parse(in, handler, metadata, context());
            }
            return null;
        });
        try {
            parse.get(allowance.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new UnreadableFileException(allowance.timeReason(), e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableFileException("reading was interrupted", e);
        } catch (ExecutionException e) {
            throw unreadable(e.getCause(), bytes, detected, allowance);
        }
        String text = handler.toString();
        if (text.isBlank()) {
            throw new UnreadableFileException("no text found in " + mediaType + " file");
        }
        return text;
    }

    /** The reason a parse failed, for a user: time, text limit, encryption, or what the bytes are. */
    private UnreadableFileException unreadable(Throwable e, byte[] bytes, MediaType detected, FileBudget.Allowance allowance) {
        if (OnTime.isTimeUp(e) || allowance.expired()) {
            return new UnreadableFileException(allowance.timeReason(), e);
        }
        if (org.apache.tika.exception.WriteLimitReachedException.isWriteLimitReached(e)) {
            return new UnreadableFileException("cannot read as " + mediaType + ": " + allowance.textReason(), e);
        }
        if (causedBy(e, org.apache.tika.exception.EncryptedDocumentException.class)) {
            return new UnreadableFileException("cannot read as " + mediaType + ": the file is encrypted (password protected)", e);
        }
        MediaType actual = detected != null ? detected : detect(bytes);
        return new UnreadableFileException("cannot read as " + mediaType + ": "
                + (fits(actual) ? "damaged or truncated file" : whatTheBytesAre(actual)), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
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
