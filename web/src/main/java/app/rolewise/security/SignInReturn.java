package app.rolewise.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Brings every tab that went to sign in back to its own page, with its query, after one sign-in.
 * <p>
 * Elytron's OIDC mechanism keeps what it needs to accept Keycloak's redirect back (state, PKCE verifier, nonce seed)
 * in cookies the browser holds once only: a second page opened while signed out (two links from e-mails, restored
 * tabs) replaces the first page's, and the first tab's way back would be refused as a request not understood (400).
 * It also sends Keycloak the page's address without its query (ELY-2242), so a link such as
 * {@code /descriptions/description.xhtml?id=42} would come back without its id.
 * <p>
 * So when the mechanism answers a GET with the redirect to sign in, the page's query and the cookies the mechanism set
 * go into a cookie of their own ({@link PendingSignIn}), named after that authorization request's state, scoped to the
 * page, for as long as Keycloak gives for signing in. When Keycloak sends the browser back with that state, the
 * mechanism is handed that request's cookies, and once it has signed the session in, the browser goes on to the
 * page with its query. A tab that comes back after another one signed the session in is answered after the
 * mechanism ({@link SignInCompletedElsewhere}); one the mechanism still refuses starts over once ({@link SignInRestart}),
 * as does one Keycloak sends back because its own sign-in for that tab expired.
 * <p>
 * Runs in front of the mechanism (a Undertow handler, as no servlet filter runs before it). The way on is the path
 * the browser asked for with the kept query added, never built from the Host header, and only a plain path is
 * handled at all: one a browser could read as another host ({@code //host}, a backslash, an encoded slash) passes
 * through untouched.
 */
final class SignInReturn implements HttpHandler {

    /** A pending sign-in's cookie is named this, then the state of its authorization request. */
    static final String PENDING_COOKIE = "rolewise.signin.";
    /** The pending sign-in Keycloak's redirect back resumed, for the handlers after the mechanism. */
    static final AttachmentKey<PendingSignIn> RESUMED = AttachmentKey.create(PendingSignIn.class);
    /** Rolewise's own cookies, never taken for the mechanism's. */
    private static final String OWN_COOKIES = "rolewise.";
    private static final String DEFAULT_SESSION_COOKIE = "JSESSIONID";
    /** Keycloak's default login timeout, after which it starts signing in over anyway. */
    private static final int THIRTY_MINUTES = 1800;
    /** What Keycloak adds to the page's address on the way back. */
    private static final Set<String> SIGN_IN_PARAMETERS = Set.of("code", "state", "session_state", "iss",
            "error", "error_description", "error_uri");
    /** The mechanism's states are UUIDs; any other value is neither looked up nor written as a cookie name. */
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final HttpHandler next;

    SignInReturn(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (Methods.GET.equals(exchange.getRequestMethod()) && isPlainPath(exchange.getRequestURI())) {
            if (isReturnFromSignIn(exchange)) {
                resume(exchange);
            } else {
                String query = exchange.getQueryString();
                exchange.addResponseCommitListener(committed -> keep(committed, query));
            }
        }
        next.handleRequest(exchange);
    }

    /** Keeps the page's query and the mechanism's cookies when the answer sends the browser to sign in. */
    private static void keep(HttpServerExchange exchange, String query) {
        if (!isSignInRedirect(exchange)) {
            return;
        }
        stateOf(exchange.getResponseHeaders().getFirst(Headers.LOCATION)).ifPresent(state -> {
            PendingSignIn pending = new PendingSignIn(query, mechanismCookies(exchange.responseCookies(), sessionCookie(exchange)));
            exchange.setResponseCookie(scoped(exchange, PENDING_COOKIE + state, pending.encoded()).setMaxAge(THIRTY_MINUTES));
        });
    }

    /**
     * Hands the mechanism the cookies of the authorization request Keycloak answers, and sends the browser on to the
     * page with its query once the mechanism has signed the session in. The pending sign-in is used up either way.
     */
    private static void resume(HttpServerExchange exchange) {
        String state = exchange.getQueryParameters().get("state").getFirst();
        if (!isWellFormedState(state)) {
            return;
        }
        Cookie kept = exchange.getRequestCookie(PENDING_COOKIE + state);
        if (kept == null) {
            return;
        }
        exchange.setResponseCookie(scoped(exchange, PENDING_COOKIE + state, "").setMaxAge(0));
        Optional<PendingSignIn> pending = PendingSignIn.decoded(kept.getValue());
        if (pending.isEmpty()) {
            return;
        }
        String sessionCookie = sessionCookie(exchange);
        pending.get().cookies().forEach((name, value) -> {
            if (isMechanismCookie(name, sessionCookie)) {
                exchange.setRequestCookie(new CookieImpl(name, value));
            }
        });
        exchange.putAttachment(RESUMED, pending.get());
        String page = address(exchange.getRequestURI(), pending.get().query());
        exchange.addResponseCommitListener(committed -> {
            if (isRedirectToPage(committed)) {
                committed.getResponseHeaders().put(Headers.LOCATION, page);
            }
        });
    }

    /**
     * Keycloak's redirect back: a GET carrying the state of the authorization request it answers, with the code to
     * exchange or, when Keycloak could not sign the user in, an error.
     */
    static boolean isReturnFromSignIn(HttpServerExchange exchange) {
        Map<String, Deque<String>> parameters = exchange.getQueryParameters();
        return Methods.GET.equals(exchange.getRequestMethod()) && parameters.containsKey("state")
                && (parameters.containsKey("code") || parameters.containsKey("error"));
    }

    /**
     * A path that means the same to every browser: one leading slash, no backslash (which browsers read as a
     * slash), no encoded slash or backslash, nothing that a relative reference could turn into another host.
     */
    static boolean isPlainPath(String requestUri) {
        String lower = requestUri.toLowerCase(Locale.ROOT);
        return requestUri.startsWith("/") && !requestUri.startsWith("//") && !requestUri.contains("\\")
                && !lower.contains("%2f") && !lower.contains("%5c") && !requestUri.contains("/./") && !requestUri.contains("/../");
    }

    static boolean isWellFormedState(String state) {
        return state != null && STATE.matcher(state).matches();
    }

    /** The state of an authorization request's address, if it has a well-formed one. */
    static Optional<String> stateOf(String location) {
        int query = location == null ? -1 : location.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        return Arrays.stream(location.substring(query + 1).split("&"))
                .filter(parameter -> parameter.startsWith("state="))
                .map(parameter -> URLDecoder.decode(parameter.substring("state=".length()), StandardCharsets.UTF_8))
                .findFirst()
                .filter(SignInReturn::isWellFormedState);
    }

    /**
     * The cookies the mechanism set with its redirect to sign in, by name: not the session's (the session stays the
     * one the browser has), not Rolewise's own, and not one it removes.
     */
    static Map<String, String> mechanismCookies(Iterable<Cookie> set, String sessionCookie) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (Cookie cookie : set) {
            boolean removed = cookie.getMaxAge() != null && cookie.getMaxAge() == 0;
            if (isMechanismCookie(cookie.getName(), sessionCookie) && !removed && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return cookies;
    }

    private static boolean isMechanismCookie(String name, String sessionCookie) {
        return !name.equalsIgnoreCase(sessionCookie) && !name.startsWith(OWN_COOKIES);
    }

    /** The page's address as the browser asked for it, with the query to add, if any. */
    static String address(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** A query without what Keycloak added on the way back. */
    static String withoutSignInParameters(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !SIGN_IN_PARAMETERS.contains(parameter.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
    }

    /** An OAuth authorisation request: the redirect to Keycloak's sign-in. */
    private static boolean isSignInRedirect(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        return exchange.getStatusCode() == StatusCodes.FOUND && location != null
                && location.contains("response_type=code") && location.contains("redirect_uri=");
    }

    /** The mechanism's answer once it has exchanged the code: a redirect to the page, not to Keycloak, not an error. */
    static boolean isRedirectToPage(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        return exchange.getStatusCode() == StatusCodes.FOUND && location != null && !location.contains("response_type=code");
    }

    private static String sessionCookie(HttpServerExchange exchange) {
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        String name = servlet == null ? null : servlet.getCurrentServletContext().getSessionCookieConfig().getName();
        return name == null ? DEFAULT_SESSION_COOKIE : name;
    }

    private static Cookie scoped(HttpServerExchange exchange, String name, String value) {
        return new CookieImpl(name, value)
                .setPath(exchange.getRequestURI())
                .setHttpOnly(true)
                .setSameSiteMode("Lax")
                .setSecure(exchange.isSecure());
    }
}
