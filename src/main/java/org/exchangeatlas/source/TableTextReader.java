package org.exchangeatlas.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads tables of coded records ({@code .csv}, {@code .json}, {@code .jsonl}): the document's
 * text is the file's text as it is, strict UTF-8 (a byte-order mark is kept, so offsets count
 * every character of the file), and the coded-records extractor parses it. A table's cells are in
 * several languages, so the document's language is {@code mul}, not a guess: no extractor of
 * prose (which pick documents by language) reads a table.
 */
public final class TableTextReader implements TextReader {
    public static final String CSV = "text/csv";
    public static final String JSON = "application/json";
    /** JSON Lines: one JSON value a line (not registered with IANA; the name jsonlines.org uses). */
    public static final String JSONL = "application/jsonl";
    /**
     * The companion of a table {@code NAME.csv}: {@code NAME.mapping.json} beside it says which
     * columns feed which property. Not a document of its own.
     */
    public static final String MAPPING_SUFFIX = ".mapping.json";
    /** ISO 639-2 "multiple languages". */
    public static final String MULTIPLE_LANGUAGES = "mul";

    private final String mediaType;

    public TableTextReader(String mediaType) {
        this.mediaType = mediaType;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    /** The mapping file of a table: {@code programs.csv} → {@code programs.mapping.json}. */
    public static String mappingFileFor(String tableFileName) {
        int dot = tableFileName.lastIndexOf('.');
        return (dot < 0 ? tableFileName : tableFileName.substring(0, dot)) + MAPPING_SUFFIX;
    }

    @Override
    public java.util.List<String> companions(String fileName) {
        return java.util.List.of(mappingFileFor(fileName));
    }

    @Override
    public Optional<String> language() {
        return Optional.of(MULTIPLE_LANGUAGES);
    }

    @Override
    public String read(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("not UTF-8 text (tables are read as UTF-8)", e);
        }
        if (text.isBlank()) {
            throw new UnreadableFileException("no text: the file holds only white space");
        }
        return text;
    }
}
