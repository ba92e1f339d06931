package app.rolewise.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which request paths may have a query kept through sign-in, and which paths are hidden. */
class RedirectTargetsTest {

    @Test
    void onlyPlainPathsKeepTheirQuery() {
        for (String plain : List.of("/", "/roles/", "/descriptions/description.xhtml", "/compare")) {
            assertTrue(SignInReturn.isPlainPath(plain), plain);
        }
        for (String other : List.of("//evil.example", "/.//evil.example", "/%2F%2Fevil.example", "/%2f%2fevil.example",
                "/\\evil.example", "/%5Cevil.example", "/roles/../x", "http://evil.example/", "")) {
            assertFalse(SignInReturn.isPlainPath(other), other);
        }
    }

    @Test
    void hiddenPathsAreFoundAsTheContainerFindsThem() {
        for (String hidden : List.of("/WEB-INF/web.xml", "/web-inf/web.xml", "/META-INF/MANIFEST.MF", "//WEB-INF/x", "/\\WEB-INF\\x", "/WEB-INF")) {
            assertTrue(HiddenPaths.isHidden(hidden), hidden);
        }
        for (String visible : List.of("/", "/roles/", "/WEB-INFO", "/x/WEB-INF/y")) {
            assertFalse(HiddenPaths.isHidden(visible), visible);
        }
    }

    @Test
    void thePolicyLetsFormsPostToRolewiseAndTheSignInServerOnly() {
        String policy = SecurityHeaders.policy("https://sso.example.com", java.util.Optional.of("bm9uY2Vub25jZW5vbmNl"));

        assertTrue(policy.contains("form-action 'self' https://sso.example.com;"), policy);
        assertTrue(policy.endsWith("script-src 'self' 'nonce-bm9uY2Vub25jZW5vbmNl'"), policy);
        assertFalse(SecurityHeaders.policy("https://sso.example.com", java.util.Optional.empty()).contains("nonce"));
    }
}
