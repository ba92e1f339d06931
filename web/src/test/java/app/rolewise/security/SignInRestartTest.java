package app.rolewise.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak's way back that the sign-in mechanism refuses: sign-in starts over once for the same page, and a second
 * refusal shows the 400 page; every other 400 is left alone.
 */
class SignInRestartTest {

    private static final String PAGE = "/roles/role.xhtml";
    private static final String STATE = "0f8c7c1e-4c1b-4bfa-9d4e-3f1a2b3c4d5e";

    @Test
    void aRefusedReturnStartsSignInOverForTheSamePageOnce() throws Exception {
        Answer answer = filter(refusal());

        assertFalse(answer.chainCalled, "no 400 page");
        assertEquals(302, answer.status);
        assertEquals(PAGE, answer.headers.get("Location"), "the path asked for, without Keycloak's code and state");
        Cookie marker = answer.cookies.get(0);
        assertEquals(SignInRestart.MARKER, marker.getName());
        assertEquals(PAGE, marker.getPath());
        assertEquals(60, marker.getMaxAge());
        assertTrue(marker.isHttpOnly());
    }

    @Test
    void theRestartKeepsThePagesQueryWhenTheBrowserKeptIt() throws Exception {
        Map<String, Object> request = refusal();
        String kept = new PendingSignIn("slug=data-engineer", Map.of("code_verifier", "v")).encoded();
        request.put("cookies", new Cookie[] {new Cookie("JSESSIONID", "s"),
                new Cookie(SignInReturn.PENDING_COOKIE + "another-state", new PendingSignIn("slug=other", Map.of()).encoded()),
                new Cookie(SignInReturn.PENDING_COOKIE + STATE, kept)});

        Answer answer = filter(request);

        assertEquals(302, answer.status);
        assertEquals(PAGE + "?slug=data-engineer", answer.headers.get("Location"));
    }

    @Test
    void keycloaksTryAgainForATabWhoseSignInExpiredStartsOverToo() throws Exception {
        Map<String, Object> request = refusal();
        request.put("code", null);
        request.put("error", "temporarily_unavailable");

        Answer answer = filter(request);

        assertFalse(answer.chainCalled);
        assertEquals(302, answer.status);
        assertEquals(PAGE, answer.headers.get("Location"));
    }

    @Test
    void aReturnRefusedAgainAfterTheRestartShowsThePage() throws Exception {
        Map<String, Object> request = refusal();
        request.put("cookies", new Cookie[] {new Cookie("JSESSIONID", "s"), new Cookie(SignInRestart.MARKER, "1")});

        Answer answer = filter(request);

        assertTrue(answer.chainCalled, "the 400 page");
        assertNull(answer.status);
        assertNull(answer.headers.get("Location"));
        assertEquals(SignInRestart.MARKER, answer.cookies.get(0).getName());
        assertEquals(0, answer.cookies.get(0).getMaxAge(), "the marker is removed, so a later sign-in may start over again");
    }

    @Test
    void otherRequestsNotUnderstoodKeepThePage() throws Exception {
        List<Map<String, Object>> others = new ArrayList<>();
        others.add(with(refusal(), "status", 405));
        others.add(with(refusal(), "status", 409));
        others.add(with(refusal(), "dispatcher", DispatcherType.REQUEST));
        others.add(with(refusal(), "method", "POST"));
        others.add(with(refusal(), "code", null));
        others.add(with(with(refusal(), "code", null), "error", "access_denied"));
        others.add(with(refusal(), "state", null));
        others.add(with(refusal(), "user", "nina"));
        others.add(with(refusal(), "sessionFromCookie", false));
        others.add(with(refusal(), "uri", "//evil.example/roles/"));
        others.add(with(refusal(), "uri", "/%2F%2Fevil.example"));
        others.add(with(refusal(), "uri", null));

        for (Map<String, Object> request : others) {
            Answer answer = filter(request);

            assertTrue(answer.chainCalled, request.toString());
            assertNull(answer.status, request.toString());
            assertTrue(answer.cookies.isEmpty(), request.toString());
        }
    }

    /** The error dispatch of Keycloak's redirect back that the mechanism refused, as Undertow makes it. */
    private static Map<String, Object> refusal() {
        Map<String, Object> request = new HashMap<>();
        request.put("dispatcher", DispatcherType.ERROR);
        request.put("status", 400);
        request.put("method", "GET");
        request.put("code", "c.d.e");
        request.put("state", STATE);
        request.put("user", null);
        request.put("sessionFromCookie", true);
        request.put("uri", PAGE);
        request.put("cookies", new Cookie[] {new Cookie("JSESSIONID", "s")});
        return request;
    }

    private static Map<String, Object> with(Map<String, Object> request, String key, Object value) {
        request.put(key, value);
        return request;
    }

    private static final class Answer {
        Integer status;
        final Map<String, String> headers = new HashMap<>();
        final List<Cookie> cookies = new ArrayList<>();
        boolean chainCalled;
    }

    private static Answer filter(Map<String, Object> given) throws Exception {
        Answer answer = new Answer();
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getDispatcherType" -> given.get("dispatcher");
            case "getMethod" -> given.get("method");
            case "getParameter" -> given.get((String) args[0]);
            case "getRemoteUser" -> given.get("user");
            case "isRequestedSessionIdFromCookie" -> given.get("sessionFromCookie");
            case "getCookies" -> given.get("cookies");
            case "isSecure" -> false;
            case "getAttribute" -> switch ((String) args[0]) {
                case RequestDispatcher.ERROR_STATUS_CODE -> given.get("status");
                case RequestDispatcher.ERROR_REQUEST_URI -> given.get("uri");
                default -> null;
            };
            default -> null;
        });
        HttpServletResponse response = proxy(HttpServletResponse.class, (method, args) -> {
            switch (method) {
                case "setStatus" -> answer.status = (Integer) args[0];
                case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                case "addCookie" -> answer.cookies.add((Cookie) args[0]);
                default -> { }
            }
            return null;
        });

        new SignInRestart().doFilter(request, response, (req, res) -> answer.chainCalled = true);
        return answer;
    }

    private interface Call {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(SignInRestartTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> call.answer(method.getName(), args)));
    }
}
