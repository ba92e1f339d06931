package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What an outside scan checks, read from the raw bytes the server sends (no browser interprets anything):
 * where redirects may lead, the session cookie's attributes, the headers and pages of the answers the
 * container gives on its own, which methods pages take, and what a form post that does not fit its page gets.
 */
class SecurityScanIT extends SignedInBrowserIT {

    /** A pending sign-in's cookie, named after the state of its authorization request (app.rolewise.security.SignInReturn). */
    private static final String PENDING_SIGN_IN = "rolewise.signin.";
    private static final String STATE = "6f1c2a9e-3b7d-4e58-a0c4-9d2e7b1f5a30";
    /** Keycloak's way back to a page: its state and a code, after the page's own address. */
    private static final String RETURN = "?state=" + STATE + "&session_state=s&code=not-a-code";
    private static final List<String> OTHER_HOSTS = List.of("//evil.example", "/.//evil.example", "/%2F%2Fevil.example",
            "/%2f%2fevil.example", "/\\evil.example", "/%5Cevil.example");

    @Test
    void aLinkKeptThroughSignInNeverLeadsToAnotherHost() {
        String session = "JSESSIONID=" + signedIn(DemoUser.MARK).sessionId();
        String kept = "; " + PENDING_SIGN_IN + STATE + "=" + pendingSignIn("x=1");

        for (String path : OTHER_HOSTS) {
            // as a second tab comes back from Keycloak to a session the first one signed in, its query kept for its state
            Raw answer = get(path + RETURN, session + kept);

            answer.location().ifPresent(location -> assertTrue(location.startsWith(ownOrigin() + "/")
                            || location.startsWith("/") && !location.startsWith("//") && !location.contains("\\"),
                    path + " may only lead to Rolewise itself: " + location));
            assertFalse(answer.status() >= 500, path + ": " + answer.status());
            // an answer that carries Keycloak's code may renew the session id; the next request brings the new one
            session = answer.header("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .map(cookie -> cookie.split(";")[0]).reduce((first, last) -> last).orElse(session);
        }
        Raw plain = get("/roles/" + RETURN, session + kept);
        assertEquals(302, plain.status(), "a kept query is still restored for a page of Rolewise");
        assertEquals(Optional.of("/roles/?x=1"), plain.location(), "as the same path, never built from the Host header");
        assertTrue(plain.header("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith(PENDING_SIGN_IN + STATE + "=")
                && cookie.contains("Expires=Thu, 01-Jan-1970")), "and used up: " + plain.header("Set-Cookie"));

        Raw forged = get("/roles/" + RETURN, session + "; " + PENDING_SIGN_IN + STATE + "=%zz");
        assertEquals(Optional.of("/roles/"), forged.location(), "a kept query Rolewise did not write is ignored: " + forged.body());
        assertTrue(forged.header("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith(PENDING_SIGN_IN + STATE + "=")
                && cookie.contains("Expires=Thu, 01-Jan-1970")), "and dropped: " + forged.header("Set-Cookie"));
    }

    @Test
    void signedOutLinksToAnotherHostAreNotKeptAndKeycloakRefusesToReturnThere() {
        for (String path : OTHER_HOSTS) {
            Raw answer = get(path + "?x=1", null);
            if (answer.status() == 400) {
                continue; // the server refuses the address itself
            }
            assertEquals(302, answer.status(), path);
            assertFalse(answer.header("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith(PENDING_SIGN_IN)),
                    path + ": nothing is kept for an address that is not a plain path: " + answer.header("Set-Cookie"));
            URI toKeycloak = URI.create(answer.location().orElseThrow());
            Raw keycloak = get(toKeycloak, null);
            assertEquals(400, keycloak.status(), path + ": Keycloak accepts only Rolewise's own pages as the way back");
            assertTrue(keycloak.body().contains("redirect_uri"), keycloak.body());
        }
        Raw page = get("/roles/?x=1", null);
        URI toKeycloak = URI.create(page.location().orElseThrow());
        Matcher state = Pattern.compile("[?&]state=([^&]+)").matcher(toKeycloak.getRawQuery());
        assertTrue(state.find(), toKeycloak.toString());
        String pending = page.header("Set-Cookie").stream().filter(cookie -> cookie.startsWith(PENDING_SIGN_IN + state.group(1) + "="))
                .findFirst().orElseThrow(() -> new AssertionError("a plain page keeps its query through sign-in, under the state of its sign-in: "
                        + page.header("Set-Cookie")));
        List<String> attributes = List.of(pending.toLowerCase(Locale.ROOT).split("\\s*;\\s*"));
        assertTrue(attributes.contains("path=/roles/") && attributes.contains("httponly") && attributes.contains("samesite=lax"), pending);
        assertEquals(200, get(toKeycloak, null).status(), "Keycloak shows its sign-in page");
    }

    @Test
    void theSessionCookieSaysHttpOnlyAndSameSiteLaxOnTheWire() {
        Raw signedOutPage = get("/signed-out.xhtml", null);

        String session = signedOutPage.header("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("the public page starts a session: " + signedOutPage.headers()));
        List<String> attributes = List.of(session.toLowerCase(Locale.ROOT).split("\\s*;\\s*"));
        assertTrue(attributes.contains("httponly"), session);
        assertTrue(attributes.contains("samesite=lax"), session);
        assertFalse(attributes.contains("secure"), "plain HTTP on loopback: " + session);
    }

    @Test
    void everyAnswerTheContainerGivesCarriesTheHeaders() {
        String session = "JSESSIONID=" + signedIn(DemoUser.HOLLY).sessionId();

        Map<String, Raw> answers = new java.util.LinkedHashMap<>();
        answers.put("sign-in redirect", get("/roles/", null));
        answers.put("hidden path, signed out", get("/WEB-INF/web.xml", null));
        answers.put("hidden path", get("/WEB-INF/web.xml", session));
        answers.put("hidden path in lower case", get("/web-inf/web.xml", session));
        answers.put("manifest", get("/META-INF/MANIFEST.MF", session));
        answers.put("unknown page", get("/no-such-page", session));
        answers.put("a servlet's HTML", get("/compare/plain?roles=data-engineer,machine-learning-engineer", session));
        answers.put("PUT", send("PUT", "/roles/", session));
        answers.put("DELETE, signed out", send("DELETE", "/", null));
        answers.put("OPTIONS", send("OPTIONS", "/compare", session));

        answers.forEach((what, answer) -> {
            assertHardened(what, answer);
            assertTrue(answer.status() < 500, what + ": " + answer.status());
        });
        for (String hidden : List.of("hidden path", "hidden path in lower case", "manifest")) {
            assertEquals(404, answers.get(hidden).status(), hidden);
            assertTrue(answers.get(hidden).body().contains("Page not found"), hidden + " shows Rolewise's page: " + answers.get(hidden).body());
        }
        String servletPolicy = answers.get("a servlet's HTML").header("Content-Security-Policy").get(0);
        assertTrue(servletPolicy.contains("default-src 'self'") && servletPolicy.contains("script-src 'self'"),
                "the full policy on HTML that is not a Faces page: " + servletPolicy);
    }

    @Test
    void pagesTakeGetHeadAndPostOnly() {
        String session = "JSESSIONID=" + signedIn(DemoUser.MARK).sessionId();

        // method names are case-sensitive: "get" is not GET, though the server's own method table says it is
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND", "get", "Post")) {
            for (String path : List.of("/", "/roles/", "/compare?roles=data-engineer,data-analyst", "/descriptions/export?id=1&format=md")) {
                for (String cookie : java.util.Arrays.asList(session, null)) {
                    Raw answer = send(method, path, cookie);
                    String what = method + " " + path + (cookie == null ? " signed out" : "");
                    assertEquals(405, answer.status(), what);
                    assertEquals(List.of("GET, HEAD, POST"), answer.header("Allow"), what);
                    assertTrue(answer.body().contains("Request not understood"), what + " shows Rolewise's page: " + answer.body());
                    assertFalse(answer.body().contains("Method Not Allowed"), what + ": the reason in Rolewise's words, not the server's");
                    assertHardened(what, answer);
                }
            }
        }
        assertEquals(405, send("TRACE", "/", session).status(), "TRACE is refused by the server's listener");
        assertEquals(200, send("HEAD", "/roles/", session).status());
    }

    @Test
    void aFormPostThatDoesNotFitItsPageIsAnsweredAsExpiredNeverAsAnError() {
        Browser mark = signedIn(DemoUser.MARK);
        String session = "JSESSIONID=" + mark.sessionId();
        String otherPagesState = viewState(get("/assessments/", session).body());
        String form = "wizard=wizard&wizard%3Anext=&jakarta.faces.ViewState=" + encode(otherPagesState);

        Raw plain = post("/assessments/assessment.xhtml", form, session, Map.of());
        Raw ajax = post("/assessments/assessment.xhtml", "jakarta.faces.partial.ajax=true&jakarta.faces.source=wizard%3Anext&" + form,
                session, Map.of("Faces-Request", "partial/ajax"));
        Raw garbage = post("/assessments/assessment.xhtml", "wizard=wizard&jakarta.faces.ViewState=-1%3A-2", session, Map.of());

        assertEquals(302, plain.status(), "another page's state: " + plain.status() + " " + plain.body());
        assertTrue(plain.location().orElse("").endsWith("/errors/expired.xhtml"), plain.headers().toString());
        assertEquals(400, ajax.status(), "a hand-made Ajax post (no PrimeFaces nonce): " + ajax.status());
        assertEquals(302, garbage.status());
        assertTrue(garbage.location().orElse("").endsWith("/errors/expired.xhtml"), garbage.headers().toString());
        assertEquals(200, get("/assessments/", session).status(), "the session goes on");
    }

    @Test
    void anAjaxPostWithoutThePagesNonceChangesNothing() {
        String session = "JSESSIONID=" + signedIn(DemoUser.MARK).sessionId();
        String page = get("/assessments/", session).body();
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        assertTrue(nonce.find(), "the page gives its scripts a nonce");
        String run = Long.toString(System.nanoTime(), 36);

        Raw none = startAssessment(session, viewState(page), "Forged none " + run, null);
        Raw wrong = startAssessment(session, viewState(get("/assessments/", session).body()), "Forged wrong " + run,
                "bm90LXRoZS1wYWdlcy1ub25jZQ==");
        String fresh = get("/assessments/", session).body();
        Matcher freshNonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(fresh);
        assertTrue(freshNonce.find());
        Raw real = startAssessment(session, viewState(fresh), "Genuine " + run, freshNonce.group(1));

        assertEquals(400, none.status(), "no nonce at all: " + none.body());
        assertFalse(wrong.status() >= 500, wrong.status() + " " + wrong.body());
        assertEquals(200, real.status(), "the page's own nonce: " + real.body());
        String list = get("/assessments/", session).body();
        assertTrue(list.contains("Genuine " + run), "the page's own post is carried out, so the others could have been");
        assertFalse(list.contains("Forged none " + run), "a post without the nonce is not carried out");
        assertFalse(list.contains("Forged wrong " + run), "a post with another nonce is not carried out");
    }

    /** The Ajax post the page's Begin button makes, by hand. */
    private Raw startAssessment(String session, String viewState, String title, String nonce) {
        String form = "start=start&start%3Atitle=" + encode(title) + "&jakarta.faces.ViewState=" + encode(viewState)
                + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=start%3Abegin&jakarta.faces.partial.execute=start"
                + "&jakarta.faces.partial.render=start&start%3Abegin=start%3Abegin"
                + (nonce == null ? "" : "&primefaces.nonce=" + encode(nonce));
        return post("/assessments/index.xhtml", form, session, Map.of("Faces-Request", "partial/ajax"));
    }

    private void assertHardened(String what, Raw answer) {
        List<String> policies = answer.header("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": one policy, " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self' " + RolewiseDeployment.KEYCLOAK)) {
            assertTrue(policy.contains(directive), what + ": " + directive + " in " + policy);
        }
        assertEquals(List.of("nosniff"), answer.header("X-Content-Type-Options"), what);
        assertEquals(List.of("DENY"), answer.header("X-Frame-Options"), what);
        assertEquals(List.of("same-origin"), answer.header("Referrer-Policy"), what);
    }

    private static String viewState(String page) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "a Faces form on the page");
        return state.group(1);
    }

    /** A pending sign-in as Rolewise writes it: the URL-encoded query (and the mechanism's cookies), Base64url-encoded. */
    private static String pendingSignIn(String query) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(encode(query).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String ownOrigin() {
        return "http://" + RolewiseDeployment.HOST + ":" + deployed.getPort();
    }

    private Raw get(String pathAndQuery, String cookie) {
        return send("GET", pathAndQuery, cookie);
    }

    private static Raw get(URI absolute, String cookie) {
        return Raw.exchange(absolute.getHost(), absolute.getPort(), "GET", absolute.getRawPath()
                + (absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery()), cookie, Map.of(), null);
    }

    private Raw send(String method, String pathAndQuery, String cookie) {
        return Raw.exchange(RolewiseDeployment.HOST, deployed.getPort(), method, pathAndQuery, cookie, Map.of(), null);
    }

    private Raw post(String path, String form, String cookie, Map<String, String> headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        all.put("Origin", ownOrigin());
        return Raw.exchange(RolewiseDeployment.HOST, deployed.getPort(), "POST", path, cookie, all, form);
    }

    /** One HTTP/1.1 exchange over a socket, the request line exactly as written. */
    record Raw(int status, List<Map.Entry<String, String>> headers, String body) {

        static Raw exchange(String host, int port, String method, String target, String cookie, Map<String, String> headers, String body) {
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("Connection: close\r\n");
            if (cookie != null) {
                request.append("Cookie: ").append(cookie).append("\r\n");
            }
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 10_000);
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(content);
                out.flush();
                return parse(socket.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + target, e);
            }
        }

        private static Raw parse(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String head = new String(all, StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            if (end < 0) {
                fail("no complete answer: " + head);
            }
            String[] lines = head.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(Map.entry(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()));
            }
            boolean chunked = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
                    && h.getValue().equalsIgnoreCase("chunked"));
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            return new Raw(status, headers, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String text = new String(body, StandardCharsets.ISO_8859_1); // one character per byte
            int at = 0;
            while (at < body.length) {
                int lineEnd = text.indexOf("\r\n", at);
                int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
                at = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }

        List<String> header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
        }

        Optional<String> location() {
            return header("Location").stream().findFirst();
        }
    }
}
