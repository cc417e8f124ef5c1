package org.exchangeatlas.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests in hex, the source of every content-derived identifier (IRIs, keys). */
public final class Digests {
    private Digests() {}

    /** The full SHA-256 of {@code bytes}, in hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text} (UTF-8), in hex. */
    public static String prefix(String text, int bytes) {
        return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
