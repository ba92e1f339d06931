package app.rolewise.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives the browser a new session id in the very answer that completes sign-in. Elytron's OIDC mechanism
 * signs in the session the browser brought to Keycloak's redirect back, which may be one an attacker planted;
 * {@link SecurityEventWatch} renews it on the next request, and this closes the moment between the two: the
 * id the browser held before sign-in is never a signed-in one.
 * <p>
 * The redirect back is a GET carrying {@code code} and {@code state}; the mechanism answers it, once the code
 * is exchanged for tokens, with a redirect to the page asked for (not to Keycloak, and not an error).
 */
final class FreshSessionAtSignIn implements HttpHandler {

    private final HttpHandler next;

    FreshSessionAtSignIn(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (isRedirectBackFromSignIn(exchange)) {
            exchange.addResponseCommitListener(committed -> {
                if (signedIn(committed)) {
                    renewSessionId(committed);
                }
            });
        }
        next.handleRequest(exchange);
    }

    private static boolean isRedirectBackFromSignIn(HttpServerExchange exchange) {
        return Methods.GET.equals(exchange.getRequestMethod())
                && exchange.getQueryParameters().containsKey("code") && exchange.getQueryParameters().containsKey("state");
    }

    private static boolean signedIn(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        return exchange.getStatusCode() == StatusCodes.FOUND && location != null && !location.contains("response_type=code");
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
