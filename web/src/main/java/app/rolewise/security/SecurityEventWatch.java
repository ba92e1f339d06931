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
 * Refusal: whatever web.xml sends to the 403 error page reaches it through an error dispatch, whether by its
 * status (the constraints, a refused cross-origin post) or by its exception type (a boundary's refusal of someone
 * else's assessment or job description). The container answers a page reached by exception type as a server
 * error, so here the page is answered 403, as the refusal it is.
 * <p>
 * Mapped in web.xml, which sets the order of the filters.
 */
public class SecurityEventWatch extends HttpFilter {

    static final String SIGNED_IN = SecurityEventWatch.class.getName() + ".signedIn";
    /** The error page web.xml names for refusals, by status and by exception type. */
    static final String REFUSAL_PAGE = "/errors/403.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (REFUSAL_PAGE.equals(request.getServletPath())) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
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
