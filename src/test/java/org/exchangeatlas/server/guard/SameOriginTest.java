package org.exchangeatlas.server.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SameOrigin#same}: scheme, host and port compared, a missing port read as the scheme's own. */
class SameOriginTest {
    @Test
    void schemeHostAndPortMustAllMatch() {
        assertTrue(SameOrigin.same("http://127.0.0.1:3030", "http://127.0.0.1:3030"));
        assertTrue(SameOrigin.same("http://127.0.0.1:3030/query?x=1", "http://127.0.0.1:3030"), "a Referer's path does not count");
        assertTrue(SameOrigin.same("https://Atlas.Example", "https://atlas.example:443"));
        assertFalse(SameOrigin.same("http://atlas.example", "https://atlas.example"));
        assertFalse(SameOrigin.same("http://127.0.0.1:3031", "http://127.0.0.1:3030"));
        assertFalse(SameOrigin.same("http://evil.example", "http://127.0.0.1:3030"));
        assertFalse(SameOrigin.same("null", "http://127.0.0.1:3030"));
        assertFalse(SameOrigin.same("file:///home/x/page.html", "http://127.0.0.1:3030"));
    }
}
