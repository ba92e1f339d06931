package app.rolewise.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Keycloak's redirect back that the sign-in mechanism refuses, whose answer would be the 400 page: a code for an
 * authorization request the browser has not kept ({@link SignInReturn}), say one started before the pending sign-in
 * expired or in a browser that dropped it, or Keycloak's word that its own sign-in for that tab expired (another tab
 * signed in; {@code error=temporarily_unavailable}, which Keycloak documents as "send the request again"). Instead
 * of the page, the browser is sent to the same page once more, with its own query when the browser kept it: the
 * mechanism starts a new sign-in, which Keycloak answers at once when the user has signed in there, so the tab ends
 * on its page.
 * <p>
 * Once per page: the restart leaves a marker cookie scoped to the page for a minute, and a refusal that finds it
 * shows the 400 page (and removes the marker), so a return that is refused every time ends there instead of going
 * round. Only for a browser that sends cookies back (it brings a session cookie), since the marker needs it. The
 * address is the path the browser asked for, never built from the Host header, and only a plain path.
 * <p>
 * Mapped in web.xml on the error dispatch to the 400 page.
 */
public class SignInRestart extends HttpFilter {

    static final String MARKER = "rolewise.restarted";
    private static final int ONE_MINUTE = 60;
    /** Keycloak's answer for a tab whose sign-in expired (RFC 6749: the request may be sent again). */
    private static final String TRY_AGAIN = "temporarily_unavailable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> page = refusedReturn(request);
        if (page.isPresent()) {
            if (!restartedBefore(request)) {
                response.addCookie(marker(request, page.get(), ONE_MINUTE));
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", SignInReturn.address(page.get(), keptQuery(request)));
                return;
            }
            response.addCookie(marker(request, page.get(), 0));
        }
        chain.doFilter(request, response);
    }

    /**
     * The page whose return from Keycloak the mechanism refused, if this error dispatch is that refusal: a 400 for a
     * GET that carries Keycloak's state with a code or its "try again", not signed in, from a browser that sends
     * cookies, to a plain path.
     */
    static Optional<String> refusedReturn(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR
                || !(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status) || status != 400
                || !"GET".equals(request.getMethod()) || request.getParameter("state") == null
                || request.getParameter("code") == null && !TRY_AGAIN.equals(request.getParameter("error"))
                || request.getRemoteUser() != null || !request.isRequestedSessionIdFromCookie()
                || !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String page) || !SignInReturn.isPlainPath(page)) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** The page's query the browser kept for the authorization request Keycloak answered, or none. */
    private static String keptQuery(HttpServletRequest request) {
        String state = request.getParameter("state");
        if (!SignInReturn.isWellFormedState(state)) {
            return "";
        }
        return cookie(request, SignInReturn.PENDING_COOKIE + state)
                .flatMap(kept -> PendingSignIn.decoded(kept.getValue()))
                .map(PendingSignIn::query)
                .orElse("");
    }

    private static boolean restartedBefore(HttpServletRequest request) {
        return cookie(request, MARKER).isPresent();
    }

    private static Optional<Cookie> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(cookie -> name.equals(cookie.getName())).findFirst();
    }

    private static Cookie marker(HttpServletRequest request, String page, int maxAge) {
        Cookie marker = new Cookie(MARKER, maxAge == 0 ? "" : "1");
        marker.setPath(page);
        marker.setMaxAge(maxAge);
        marker.setHttpOnly(true);
        marker.setSecure(request.isSecure());
        return marker;
    }
}
