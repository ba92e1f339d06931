package app.rolewise.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Notices sign-ins and refusals as requests pass, for {@link SecurityEvents}, and gives a session a new id
 * once it is signed in.
 * <p>
 * Sign-in: Keycloak's redirect back is handled by the OIDC mechanism before any filter runs, so the first
 * signed-in request of a session is where Rolewise sees it. The mechanism keeps the session the browser
 * brought, even one started anonymously (a public page may start one), so a session id planted before
 * sign-in would stay valid after it: here it is replaced, on the request right after Keycloak's redirect.
 * Refusal: a 403, whether from web.xml's constraints or from a page, reaches the 403 error page through an
 * error dispatch.
 * <p>
 * Mapped in web.xml, which sets the order of the filters.
 */
public class SecurityEventWatch extends HttpFilter {

    static final String SIGNED_IN = SecurityEventWatch.class.getName() + ".signedIn";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                SecurityEvents.accessDenied(request.getRemoteUser(), request.getMethod(),
                        String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            }
        } else if (request.getRemoteUser() != null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SIGNED_IN) == null) {
                session.setAttribute(SIGNED_IN, request.getRemoteUser());
                request.changeSessionId();
                SecurityEvents.signedIn(request.getRemoteUser(), request.getRemoteAddr());
            }
        }
        chain.doFilter(request, response);
    }
}
