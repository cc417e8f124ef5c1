package org.exchangeatlas.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link IgnoredParameters#withoutIgnored}: stylesheet and callback leave the query string, encoded or not; the rest stays. */
class IgnoredParametersTest {
    @Test
    void stylesheetAndCallbackLeaveTheQueryString() {
        assertEquals("query=ASK%7B%7D&format=xml",
                IgnoredParameters.withoutIgnored("query=ASK%7B%7D&stylesheet=http://evil.example/x.xsl&format=xml"));
        assertEquals("query=ASK%7B%7D", IgnoredParameters.withoutIgnored("callback=alert&query=ASK%7B%7D&%63allback=x"));
        assertEquals("query=x&stylesheets=1", IgnoredParameters.withoutIgnored("query=x&stylesheets=1"));
    }
}
