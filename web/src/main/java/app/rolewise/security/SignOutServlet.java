package app.rolewise.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs the user out of Rolewise and of Keycloak (OpenID Connect RP-initiated logout): the application
 * session is invalidated, then the browser goes to Keycloak's end-session endpoint, which ends the SSO
 * session and sends the user back to the public signed-out page. Without the second step the next visit
 * would sign the user straight back in.
 * <p>
 * POST only, so that a link on another site cannot sign anyone out.
 */
@WebServlet(SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

    static final String PATH = "/logout";
    static final String SIGNED_OUT_PAGE = "/signed-out.xhtml";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OidcSecurityContext oidc = request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                ? principal.getOidcSecurityContext()
                : null;
        String userName = request.getRemoteUser();

        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        SecurityEvents.signedOut(userName);

        String signedOutPage = applicationBaseUrl(request) + SIGNED_OUT_PAGE;
        if (oidc == null || oidc.getIDTokenString() == null) {
            response.sendRedirect(signedOutPage);
            return;
        }
        // Keycloak's issuer is its realm URL; its end-session endpoint lives below it.
        String endSession = oidc.getIDToken().getIssuer() + "/protocol/openid-connect/logout"
                + "?id_token_hint=" + encode(oidc.getIDTokenString())
                + "&post_logout_redirect_uri=" + encode(signedOutPage);
        response.sendRedirect(endSession);
    }

    private static String applicationBaseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
