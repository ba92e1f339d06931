package app.rolewise.security;

import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each tab sent to sign in keeps until Keycloak sends it back, and where it is sent on to. The running flow,
 * two tabs and one sign-in, is SignInIT's.
 */
class SignInReturnTest {

    private static final String STATE = "0f8c7c1e-4c1b-4bfa-9d4e-3f1a2b3c4d5e";
    private static final String AUTHORIZATION = "http://localhost:8180/realms/rolewise/protocol/openid-connect/auth"
            + "?response_type=code&client_id=rolewise-web&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Froles%2Frole.xhtml"
            + "&state=" + STATE + "&nonce=bm9uY2U&scope=openid&code_challenge=abc&code_challenge_method=S256";

    @Test
    void aPendingSignInKeepsTheQueryAndTheMechanismsCookiesAsTheyWere() {
        Map<String, String> cookies = new LinkedHashMap<>();
        cookies.put("OAuth_Token_Request_State", STATE);
        cookies.put("code_verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        cookies.put("session_random_value", "q+/Zm3k=");
        PendingSignIn pending = new PendingSignIn("slug=data-engineer&view=a%26b;c", cookies);

        String encoded = pending.encoded();

        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), "no character a cookie value would need quoted: " + encoded);
        assertEquals(Optional.of(pending), PendingSignIn.decoded(encoded));
        assertEquals(Optional.of(new PendingSignIn("", Map.of())), PendingSignIn.decoded(new PendingSignIn("", Map.of()).encoded()));
    }

    @Test
    void aPendingSignInRolewiseDidNotWriteIsNotOne() {
        for (String forged : List.of("%zz", "not base64!", base64("x=1&no-value"), base64("%zz"), base64("q&=value"))) {
            assertEquals(Optional.empty(), PendingSignIn.decoded(forged), forged);
        }
    }

    @Test
    void theStateIsTakenFromTheAuthorizationRequestOnlyWhenItCanNameACookie() {
        assertEquals(Optional.of(STATE), SignInReturn.stateOf(AUTHORIZATION));
        assertEquals(Optional.empty(), SignInReturn.stateOf(AUTHORIZATION.replace("&state=" + STATE, "")));
        assertEquals(Optional.empty(), SignInReturn.stateOf(AUTHORIZATION.replace("&state=" + STATE, "&state=a%3Bb%3Dc")));
        assertEquals(Optional.empty(), SignInReturn.stateOf(AUTHORIZATION.replace("&state=" + STATE, "&xstate=" + STATE)));
        assertEquals(Optional.empty(), SignInReturn.stateOf("/roles/"));
        assertEquals(Optional.empty(), SignInReturn.stateOf(null));

        assertTrue(SignInReturn.isWellFormedState(STATE));
        for (String other : java.util.Arrays.asList("", "a;b", "a b", "a=b", "x".repeat(129), null)) {
            assertFalse(SignInReturn.isWellFormedState(other), String.valueOf(other));
        }
    }

    @Test
    void theMechanismsCookiesAreThoseItSetWithTheRedirectButTheSessionAndRolewisesOwn() {
        List<Cookie> set = List.of(
                new CookieImpl("OAuth_Token_Request_State", STATE).setPath("/"),
                new CookieImpl("JSESSIONID", "session-id"),
                new CookieImpl("session_random_value", "q+/Zm3k="),
                new CookieImpl("rolewise.signin.other", "kept"),
                new CookieImpl("code_verifier", "").setMaxAge(0),
                new CookieImpl("OIDC_STATE", "gone").setMaxAge(0),
                new CookieImpl("code_verifier", "dBjftJeZ4CVP"));

        Map<String, String> cookies = SignInReturn.mechanismCookies(set, "JSESSIONID");

        assertEquals(Map.of("OAuth_Token_Request_State", STATE, "session_random_value", "q+/Zm3k=", "code_verifier", "dBjftJeZ4CVP"),
                cookies);
    }

    @Test
    void thePageIsTheAddressAskedForWithItsOwnQueryOnly() {
        assertEquals("/roles/role.xhtml?slug=data-engineer", SignInReturn.address("/roles/role.xhtml", "slug=data-engineer"));
        assertEquals("/roles/", SignInReturn.address("/roles/", ""));

        assertEquals("", SignInReturn.withoutSignInParameters(
                "state=" + STATE + "&session_state=abc&iss=http%3A%2F%2Flocalhost%3A8180%2Frealms%2Frolewise&code=c.d.e"));
        assertEquals("slug=data-engineer&view=full", SignInReturn.withoutSignInParameters(
                "slug=data-engineer&code=c&state=" + STATE + "&view=full"));
        assertEquals("codes=1&statement=2", SignInReturn.withoutSignInParameters("codes=1&statement=2&code&state="));
        assertEquals("slug=x", SignInReturn.withoutSignInParameters(
                "slug=x&error=temporarily_unavailable&error_description=authentication_expired&state=" + STATE));
        assertEquals("", SignInReturn.withoutSignInParameters(null));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
