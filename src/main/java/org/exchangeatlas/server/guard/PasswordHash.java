package org.exchangeatlas.server.guard;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password as the server keeps it in memory: a salted PBKDF2 (HMAC-SHA256) hash, never the
 * password itself, so that neither a heap dump nor a log line of the settings gives it away.
 * {@link #matches} compares in constant time.
 *
 * @param salt       16 random bytes
 * @param iterations PBKDF2 rounds
 * @param hash       the derived 256-bit key
 */
public record PasswordHash(byte[] salt, int iterations, byte[] hash) {
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 100_000;
    private static final int BITS = 256;

    public PasswordHash {
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes {@code password} with a fresh random salt; an empty password is refused. */
    public static PasswordHash of(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new PasswordHash(salt, ITERATIONS, derive(password, salt, ITERATIONS));
    }

    /** Whether {@code password} is the one hashed. */
    public boolean matches(String password) {
        return password != null && !password.isEmpty() && MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash p && iterations == p.iterations && Arrays.equals(salt, p.salt)
                && Arrays.equals(hash, p.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[PBKDF2, " + iterations + " rounds]";
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
