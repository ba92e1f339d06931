package app.rolewise.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The response headers every answer of Rolewise's deployment carries: pages, exports, error pages, and the
 * answers the container gives on its own (the redirect to sign in, a refused method, a hidden path). Set just
 * before the headers go out, so nothing that runs later (an error dispatch, a reset response) can drop them.
 * <p>
 * One Content Security Policy per answer. On a Faces page PrimeFaces puts a fresh script nonce in a policy of
 * its own (web.xml, {@code primefaces.CSP}); that nonce is carried into the full policy here, which replaces
 * PrimeFaces' header. Forms may post to Rolewise and to the sign-in server (signing out posts here and is sent
 * on to Keycloak's end-session page; a form posted after the session ended is sent on to sign in).
 */
final class SecurityHeaders implements HttpHandler {

    static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,})'");

    private final HttpHandler next;
    private final String signInOrigin;

    SecurityHeaders(HttpHandler next, String signInOrigin) {
        this.next = next;
        this.signInOrigin = signInOrigin;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(this::harden);
        next.handleRequest(exchange);
    }

    private void harden(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        // a 304 sends no page: the browser shows the one it holds, under the policy it stored with it, whose nonce
        // is that page's (a policy sent now would replace it and block the page's scripts)
        if (exchange.getStatusCode() != 304) {
            Collection<String> written = headers.get(CONTENT_SECURITY_POLICY);
            headers.put(CONTENT_SECURITY_POLICY, policy(signInOrigin, lastNonce(written == null ? List.of() : written)));
        }
        headers.put(new HttpString("X-Frame-Options"), "DENY");
        headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
        headers.put(new HttpString("Referrer-Policy"), "same-origin");
    }

    /**
     * The nonce of the page that is sent: the last one written, since a page rendered after another (an error
     * page after a failed render) writes its policy after the first page's.
     */
    static Optional<String> lastNonce(Collection<String> policies) {
        return policies.stream().map(NONCE::matcher).filter(Matcher::find).map(found -> found.group(1))
                .reduce((earlier, later) -> later);
    }

    /**
     * Scripts from Rolewise only, inline ones only with this answer's nonce; styles may be inline (PrimeFaces'
     * widgets, Chart.js and the text editor set style attributes); no plugins, no framing, no foreign base.
     */
    static String policy(String signInOrigin, Optional<String> nonce) {
        return "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + signInOrigin + "; "
                + "script-src 'self'" + nonce.map(value -> " 'nonce-" + value + "'").orElse("");
    }
}
