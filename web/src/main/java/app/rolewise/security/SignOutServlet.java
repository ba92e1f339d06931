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
 * POST only, so that a link on another site cannot sign anyone out. The path is public (web.xml), so that
 * signing out works after the Rolewise session has expired too: Keycloak is then asked to end its session
 * without the ID token, and asks the user to confirm, as it cannot tell who sent the request.
 */
@WebServlet(SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

    static final String PATH = "/logout";
    static final String SIGNED_OUT_PAGE = "/signed-out.xhtml";

    private SignInSettings signIn;

    @Override
    public void init() {
        signIn = SignInSettings.of(getServletContext());
    }

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
        String whoSignsOut = oidc != null && oidc.getIDTokenString() != null
                ? "id_token_hint=" + encode(oidc.getIDTokenString())
                : "client_id=" + encode(signIn.clientId());
        response.sendRedirect(signIn.endSessionUrl() + "?" + whoSignsOut + "&post_logout_redirect_uri=" + encode(signedOutPage));
    }

    private static String applicationBaseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
