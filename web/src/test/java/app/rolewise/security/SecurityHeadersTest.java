package app.rolewise.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest {

    @Test
    void thePageSentLastGivesTheNonce() {
        assertEquals(Optional.of("secondPageNonce0123"), SecurityHeaders.lastNonce(List.of(
                "script-src 'self' 'nonce-firstPageNonce01234'", "script-src 'self' 'nonce-secondPageNonce0123'")));
    }

    @Test
    void noPolicyOrNoNonceMeansNoInlineScripts() {
        assertEquals(Optional.empty(), SecurityHeaders.lastNonce(List.of()));
        assertEquals(Optional.empty(), SecurityHeaders.lastNonce(List.of("script-src 'self'")));
        assertEquals(Optional.empty(), SecurityHeaders.lastNonce(List.of("script-src 'nonce-short'")));
        assertTrue(SecurityHeaders.policy("http://localhost:8180", Optional.empty()).endsWith("script-src 'self'"));
        assertTrue(SecurityHeaders.policy("http://localhost:8180", Optional.of("abcdefghijklmnop"))
                .endsWith("script-src 'self' 'nonce-abcdefghijklmnop'"));
    }
}
