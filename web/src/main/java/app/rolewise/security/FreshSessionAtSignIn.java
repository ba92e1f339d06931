package app.rolewise.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives the browser a new session id in the very answer that completes sign-in. Elytron's OIDC mechanism
 * signs in the session the browser brought to Keycloak's redirect back, which may be one an attacker planted;
 * {@link SecurityEventWatch} renews it on the next request, and this closes the moment between the two: the
 * id the browser held before sign-in is never a signed-in one.
 * <p>
 * The redirect back is a GET carrying {@code code} and {@code state}; the mechanism answers it, once the code
 * is exchanged for tokens, with a redirect to the page asked for (not to Keycloak, and not an error). A redirect
 * back to a session another tab signed in already ({@link SignInCompletedElsewhere}) signs nothing in: its id stays.
 */
final class FreshSessionAtSignIn implements HttpHandler {

    private final HttpHandler next;

    FreshSessionAtSignIn(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (SignInReturn.isReturnFromSignIn(exchange) && exchange.getQueryParameters().containsKey("code")) {
            exchange.addResponseCommitListener(committed -> {
                if (SignInReturn.isRedirectToPage(committed) && committed.getAttachment(SignInCompletedElsewhere.ANSWERED) == null) {
                    renewSessionId(committed);
                }
            });
        }
        next.handleRequest(exchange);
    }

    private static void renewSessionId(HttpServerExchange exchange) {
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        if (servlet == null || !(servlet.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }
}
