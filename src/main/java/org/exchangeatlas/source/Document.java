package org.exchangeatlas.source;

import java.util.Objects;

/**
 * One input file as Exchange Atlas read it: the text every claim's offsets count into, with the
 * facts needed to cite it (checksum, path, media type, language).
 *
 * @param sha256     hex SHA-256 of the file's bytes; the document's identity
 * @param sourcePath the path as the user gave it, with forward slashes
 * @param mediaType  the media type the reader used ({@code text/plain}, {@code text/html})
 * @param text       the text as read; {@code oa:start}/{@code oa:end} count UTF-16 units into it
 * @param language   a BCP 47 tag guessed from the text ({@code zh}, {@code en}, {@code und})
 */
public record Document(String sha256, String sourcePath, String mediaType, String text, String language) {
    public Document {
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(sourcePath);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(text);
        Objects.requireNonNull(language);
    }
}
