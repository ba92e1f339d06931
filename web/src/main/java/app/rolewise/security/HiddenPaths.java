package app.rolewise.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

import java.util.Locale;

/**
 * {@code /WEB-INF/…} and {@code /META-INF/…} are never served. The servlet container refuses them before any
 * of Rolewise's handling, with a bare 404 that has neither the security headers' guarantees of a page nor
 * Rolewise's not-found page; here such a path is turned into one that no resource answers, so it meets the
 * same sign-in, the same headers and the same not-found page as any other unknown address.
 */
final class HiddenPaths implements HttpHandler {

    private static final String NOWHERE = "/.not-found";

    private final HttpHandler next;

    HiddenPaths(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (isHidden(exchange.getRelativePath())) {
            exchange.setRelativePath(NOWHERE);
        }
        next.handleRequest(exchange);
    }

    /** As the container decides it: the first segment, split at slashes and backslashes, in any case. */
    static boolean isHidden(String path) {
        String first = path.replace('\\', '/').replaceFirst("^/+", "");
        int end = first.indexOf('/');
        String segment = (end < 0 ? first : first.substring(0, end)).toUpperCase(Locale.ROOT);
        return segment.equals("WEB-INF") || segment.equals("META-INF");
    }
}
