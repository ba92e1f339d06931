package app.rolewise.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a link's query through sign-in. Elytron's OIDC mechanism sends Keycloak the page's address without
 * its query (ELY-2242), and the request it saves for after sign-in keeps the path only, so a link such as
 * {@code /descriptions/description.xhtml?id=42} followed while signed out would land on the page without
 * its id. When the mechanism answers a GET with the redirect to sign in, the query goes into a short-lived
 * cookie scoped to that page; when the browser comes back to the page without a query, it is sent on to
 * the page with it, once.
 * <p>
 * Runs in front of the sign-in mechanism (a Undertow handler, as no servlet filter runs before it). The
 * redirect is the path the browser asked for with the query added, never built from the Host header, and
 * only a plain path is kept at all: one a browser could read as another host ({@code //host}, a backslash,
 * an encoded slash) passes through untouched.
 */
final class SignInReturn implements HttpHandler {

    static final String COOKIE = "rolewise.return";
    private static final int TEN_MINUTES = 600;

    private final HttpHandler next;

    SignInReturn(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!Methods.GET.equals(exchange.getRequestMethod()) || !isPlainPath(exchange.getRequestURI())) {
            next.handleRequest(exchange);
            return;
        }
        String query = exchange.getQueryString();
        Cookie kept = exchange.getRequestCookie(COOKIE);
        if (kept != null && query.isEmpty()) {
            exchange.setResponseCookie(scoped(exchange, "").setMaxAge(0));
            String keptQuery = decoded(kept.getValue());
            if (keptQuery != null) {
                exchange.setStatusCode(StatusCodes.FOUND);
                exchange.getResponseHeaders().put(Headers.LOCATION, exchange.getRequestURI() + "?" + keptQuery);
                exchange.endExchange();
                return;
            }
        }
        if (!query.isEmpty()) {
            exchange.addResponseCommitListener(committed -> {
                if (isSignInRedirect(committed)) {
                    committed.setResponseCookie(scoped(committed, URLEncoder.encode(query, StandardCharsets.UTF_8)).setMaxAge(TEN_MINUTES));
                }
            });
        }
        next.handleRequest(exchange);
    }

    /**
     * A path that means the same to every browser: one leading slash, no backslash (which browsers read as a
     * slash), no encoded slash or backslash, nothing that a relative reference could turn into another host.
     */
    static boolean isPlainPath(String requestUri) {
        String lower = requestUri.toLowerCase(java.util.Locale.ROOT);
        return requestUri.startsWith("/") && !requestUri.startsWith("//") && !requestUri.contains("\\")
                && !lower.contains("%2f") && !lower.contains("%5c") && !requestUri.contains("/./") && !requestUri.contains("/../");
    }

    /** The kept query, or null when the cookie was not written by Rolewise (it is then dropped and ignored). */
    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncodedByUs) {
            return null;
        }
    }

    /** An OAuth authorisation request: the redirect to Keycloak's sign-in. */
    private static boolean isSignInRedirect(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        return exchange.getStatusCode() == StatusCodes.FOUND && location != null
                && location.contains("response_type=code") && location.contains("redirect_uri=");
    }

    private static Cookie scoped(HttpServerExchange exchange, String value) {
        return new CookieImpl(COOKIE, value)
                .setPath(exchange.getRequestPath())
                .setHttpOnly(true)
                .setSameSiteMode("Lax")
                .setSecure(exchange.isSecure());
    }
}
