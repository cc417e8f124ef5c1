package org.exchangeatlas.source;

import java.util.List;
import java.util.Objects;

/**
 * One input file as Exchange Atlas read it: the text every claim's offsets count into, with the
 * facts needed to cite it (checksum, path, media type, language) and the stretches of page
 * furniture (menus, sidebars, comments) that were set aside and must yield no facts.
 *
 * @param sha256     hex SHA-256 of the file's bytes; the document's identity
 * @param sourcePath the path as the user gave it, with forward slashes
 * @param mediaType  the media type the reader used ({@code text/plain}, {@code text/html})
 * @param text       the text as read; {@code oa:start}/{@code oa:end} count UTF-16 units into it
 * @param language   a BCP 47 tag guessed from the main text ({@code zh}, {@code en}, {@code und})
 * @param setAside   stretches of {@code text} judged page furniture, in order, not overlapping
 */
public record Document(String sha256, String sourcePath, String mediaType, String text, String language,
                       List<Span> setAside) {
    public Document {
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(sourcePath);
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(text);
        Objects.requireNonNull(language);
        setAside = List.copyOf(setAside);
    }

    /** A document with nothing set aside. */
    public Document(String sha256, String sourcePath, String mediaType, String text, String language) {
        this(sha256, sourcePath, mediaType, text, language, List.of());
    }

    /**
     * The text extractors read: {@link #text()} with every set-aside stretch blanked (each
     * character but line breaks becomes a space), so offsets stay those of the real text and no
     * furniture can be matched.
     */
    public String readableText() {
        if (setAside.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Span s : setAside) {
            for (int i = s.start(); i < s.end() && i < chars.length; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** How many characters of the text were set aside as furniture. */
    public int setAsideChars() {
        return setAside.stream().mapToInt(s -> s.end() - s.start()).sum();
    }
}
