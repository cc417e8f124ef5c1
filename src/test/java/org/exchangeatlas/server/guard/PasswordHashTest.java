package org.exchangeatlas.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PasswordHash}: the password matches, nothing else does, and two hashes of one password differ by their salt. */
class PasswordHashTest {
    @Test
    void onlyThePasswordMatches() {
        PasswordHash h = PasswordHash.of("s3cret");
        assertTrue(h.matches("s3cret"));
        assertFalse(h.matches("s3cret "));
        assertFalse(h.matches(""));
        assertFalse(h.matches(null));
        assertNotEquals(h, PasswordHash.of("s3cret"), "each hash has its own salt");
        assertEquals("PasswordHash[PBKDF2, 100000 rounds]", h.toString());
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.of(""));
    }
}
