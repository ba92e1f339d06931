package app.rolewise.security;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.servlet.DispatcherType;

/**
 * Keycloak's redirect back to a session that another tab signed in meanwhile: two pages were opened while signed
 * out, the user signed in on one, and Keycloak's page in the other tab carried on by itself (or was reloaded) with
 * the sign-in it now has, or sent the tab back with an error because its own sign-in there expired. The mechanism
 * lets such a request through as it is, signed in, to the page without its query and with Keycloak's parameters in
 * the address bar; here the browser is sent on to the page with its own query instead ({@link SignInReturn} kept it),
 * as the tab that signed in was.
 * <p>
 * Runs after the sign-in mechanism, for requests only (not forwards or error dispatches), and answers only when
 * the mechanism did not: when it has just signed the session in, its own redirect stands.
 */
final class SignInCompletedElsewhere implements HttpHandler {

    /** Set on an answer given here: it does not complete a sign-in, so the session keeps its id. */
    static final AttachmentKey<Boolean> ANSWERED = AttachmentKey.create(Boolean.class);

    private final HttpHandler next;

    SignInCompletedElsewhere(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!isLateReturn(exchange)) {
            next.handleRequest(exchange);
            return;
        }
        PendingSignIn resumed = exchange.getAttachment(SignInReturn.RESUMED);
        String query = resumed != null ? resumed.query() : SignInReturn.withoutSignInParameters(exchange.getQueryString());
        exchange.putAttachment(ANSWERED, Boolean.TRUE);
        exchange.setStatusCode(StatusCodes.FOUND);
        exchange.getResponseHeaders().put(Headers.LOCATION, SignInReturn.address(exchange.getRequestURI(), query));
        exchange.endExchange();
    }

    private static boolean isLateReturn(HttpServerExchange exchange) {
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        SecurityContext security = exchange.getSecurityContext();
        return servlet != null && servlet.getDispatcherType() == DispatcherType.REQUEST
                && SignInReturn.isReturnFromSignIn(exchange) && SignInReturn.isPlainPath(exchange.getRequestURI())
                && security != null && security.isAuthenticated()
                && exchange.getStatusCode() == StatusCodes.OK && !exchange.getResponseHeaders().contains(Headers.LOCATION);
    }
}
