package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.KeycloakLoginPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server tells the browser about every response and about the session: the Content Security
 * Policy with PrimeFaces' nonce, no framing, no sniffing, no referrer to other sites; a session cookie no
 * script can read and no other site can send, renewed at sign-in.
 */
class SecurityHeadersIT extends SignedInBrowserIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");

    /** Every policy the response carries, in one list; the browser enforces each of them. */
    private static List<String> policies(HttpHeaders headers) {
        return headers.allValues("Content-Security-Policy");
    }

    private static void assertHardened(String what, HttpHeaders headers) {
        assertTrue(policies(headers).stream().anyMatch(policy -> policy.contains("frame-ancestors 'none'")),
                what + ": " + policies(headers));
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what);
    }

    @Test
    void aPageRunsOnlyTheScriptsItsNonceAllows() {
        Browser holly = browsers.as(DemoUser.HOLLY);

        HttpResponse<String> page = holly.requestWithSession("compare?roles=data-engineer,machine-learning-engineer");

        assertEquals(200, page.statusCode());
        assertHardened("compare page", page.headers());
        String scriptPolicy = policies(page.headers()).stream().filter(policy -> policy.contains("script-src")).findFirst()
                .orElseThrow(() -> new AssertionError("no script-src: " + policies(page.headers())));
        String scriptSource = scriptPolicy.substring(scriptPolicy.indexOf("script-src")).split(";")[0];
        assertFalse(scriptSource.contains("unsafe-"), "inline scripts must need the nonce, eval must stay off: " + scriptSource);
        Matcher nonce = NONCE.matcher(scriptPolicy);
        assertTrue(nonce.find(), scriptPolicy);
        // every inline script carries this request's nonce, and no element has an inline on* handler left
        Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (script.find()) {
            inline++;
            assertTrue(script.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "inline script without the nonce: " + script.group());
        }
        assertTrue(inline > 0, "PrimeFaces widgets are initialised by inline scripts");
        assertFalse(Pattern.compile("<[a-z][^>]*\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(page.body()).find(),
                "an inline event handler would not run under the policy");
        assertNotEquals(nonce.group(1), NONCE.matcher(String.join(";", policies(holly.requestWithSession("").headers())))
                .results().findFirst().map(found -> found.group(1)).orElse(""), "a new nonce per response");
        assertEquals(List.of(), holly.javaScriptErrors());
    }

    @Test
    void exportsErrorPagesAndServletsAreHardenedToo() {
        Browser mark = browsers.as(DemoUser.MARK);

        HttpResponse<String> plain = mark.requestWithSession("compare/plain?roles=data-engineer,machine-learning-engineer");
        HttpResponse<String> forbidden = mark.requestWithSession("admin/roles/");
        HttpResponse<String> missing = mark.requestWithSession("roles/no-such-page.xhtml");

        assertEquals(200, plain.statusCode());
        assertHardened("plain comparison", plain.headers());
        assertEquals(403, forbidden.statusCode());
        assertHardened("403 page", forbidden.headers());
        assertTrue(policies(forbidden.headers()).stream().anyMatch(policy -> NONCE.matcher(policy).find()),
                "the 403 page is a Faces page with PrimeFaces' policy: " + policies(forbidden.headers()));
        assertEquals(404, missing.statusCode());
        assertHardened("404 page", missing.headers());
    }

    @Test
    void signingInGivesANewSessionIdAndTheOneFromBeforeStaysSignedOut() {
        // Arrange: a session id planted in the browser before sign-in, as a fixation attack would
        String planted = plantedSessionId();
        Browser browser = new Browser(RolewiseDeployment.baseUri(deployed));
        try {
            browser.open("signed-out.xhtml");
            browser.driver().manage().addCookie(new Cookie("JSESSIONID", planted, "/"));
            browser.open("");
            KeycloakLoginPage login = KeycloakLoginPage.expect(browser);

            // Act
            login.signInAs(DemoUser.MARK);
            String after = browser.sessionId();

            // Assert
            assertNotNull(after);
            assertNotEquals(planted, after, "the session id must change at sign-in");
            assertEquals(200, browser.requestWithSession("").statusCode());
            assertEquals(302, anonymous("", planted).statusCode(), "the id from before sign-in must not be signed in");
        } finally {
            browser.close();
        }
    }

    @Test
    void theAnswerThatCompletesSignInAlreadyCarriesANewSessionId() throws Exception {
        // The sign-in walked request by request (WalkedRequests), so that Keycloak's redirect back is seen on its own
        String planted = plantedSessionId();
        java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>(java.util.Map.of("JSESSIONID", planted));
        HttpResponse<String> toKeycloak = WalkedRequests.step(cookies, HttpRequest.newBuilder(RolewiseDeployment.baseUri(deployed)));
        String loginPage = WalkedRequests.step(cookies, HttpRequest.newBuilder(URI.create(toKeycloak.headers().firstValue("Location").orElseThrow()))).body();
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage);
        assertTrue(action.find(), "Keycloak's login form");
        HttpResponse<String> backToRolewise = WalkedRequests.step(cookies, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=mark&password=" + DemoUser.PASSWORD + "&credentialId=")));
        URI redirectBack = URI.create(backToRolewise.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Keycloak did not send the browser back: " + backToRolewise.statusCode())));

        HttpResponse<String> signedIn = WalkedRequests.step(cookies, HttpRequest.newBuilder(redirectBack));

        String walked = "back to " + redirectBack + " answered " + signedIn.statusCode() + " " + signedIn.headers().map();
        assertEquals(302, signedIn.statusCode(), walked);
        String after = sessionCookie(signedIn).orElseThrow(() -> new AssertionError("no new session id: " + walked));
        assertNotEquals(planted, after);
        String renewed = signedIn.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID=" + after))
                .findFirst().orElseThrow();
        assertTrue(renewed.contains("HttpOnly") && renewed.contains("SameSite=Lax"), "the signed-in session's cookie as sent: " + renewed);
        assertEquals(302, anonymous("", planted).statusCode(), "the id from before sign-in was never signed in");
        assertEquals(200, anonymous("", after).statusCode(), "the new id is");
    }

    /** A session id as a fixation attack plants it: a real anonymous session if the public page starts one, else a made-up one. */
    private String plantedSessionId() {
        return sessionCookie(anonymous("signed-out.xhtml", null)).orElse("planted-by-an-attacker");
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.substring("JSESSIONID=".length()).split(";")[0]).reduce((first, last) -> last);
    }

    /** A request without the browser: no cookie, or the given session id. */
    private HttpResponse<String> anonymous(String path, String sessionId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(RolewiseDeployment.baseUri(deployed).resolve(path)).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
