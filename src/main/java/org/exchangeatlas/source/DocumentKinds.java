package org.exchangeatlas.source;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of document kinds: a file extension maps to the reader of its kind. A new format
 * is a new entry here, not an edit of a switch.
 */
public final class DocumentKinds {
    /** Added to a document's name to name its gold annotation, which {@code atlas eval} reads and a build passes over. */
    public static final String GOLD_SUFFIX = ".gold.json";

    private final Map<String, TextReader> byExtension;

    private DocumentKinds(Map<String, TextReader> byExtension) {
        this.byExtension = Map.copyOf(byExtension);
    }

    /** The kinds Exchange Atlas reads out of the box. */
    public static DocumentKinds standard() {
        Map<String, TextReader> m = new LinkedHashMap<>();
        m.put("txt", new PlainTextReader());
        TikaTextReader html = new TikaTextReader("text/html");
        m.put("html", html);
        m.put("htm", html);
        m.put("pdf", new TikaTextReader("application/pdf"));
        m.put("docx", new TikaTextReader("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        m.put("csv", new TableTextReader(TableTextReader.CSV));
        m.put("json", new TableTextReader(TableTextReader.JSON));
        m.put("jsonl", new TableTextReader(TableTextReader.JSONL));
        return new DocumentKinds(m);
    }

    /**
     * The reader of a file's kind; none for a companion file ({@code NAME.mapping.json}, read with
     * the table beside it) or a gold annotation ({@code NAME.gold.json}), which are no documents of
     * their own.
     */
    public Optional<TextReader> readerFor(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(TableTextReader.MAPPING_SUFFIX) || lower.endsWith(GOLD_SUFFIX)) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(byExtension.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    public Set<String> extensions() {
        return byExtension.keySet();
    }
}
