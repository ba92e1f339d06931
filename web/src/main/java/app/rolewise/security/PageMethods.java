package app.rolewise.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

import java.util.ResourceBundle;
import java.util.Set;

/**
 * Pages are read (GET, HEAD) and their forms posted (POST); any other method answers 405 with the methods
 * that are allowed, signed in or not, through Rolewise's error page. Without this, Faces would run a page's
 * whole life cycle for PUT or DELETE, and the sign-in mechanism would send OPTIONS to Keycloak.
 */
final class PageMethods implements HttpHandler {

    /** The pages' bundle, for the reason the error page shows. */
    private static final String BUNDLE = "app.rolewise.view.messages";
    /** Compared as written: Undertow's method names match regardless of case, HTTP's do not. */
    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");

    private final HttpHandler next;

    PageMethods(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (ALLOWED.contains(exchange.getRequestMethod().toString())) {
            next.handleRequest(exchange);
            return;
        }
        exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD, POST");
        // the container shows web.xml's error page for it once this handler returns; the page is read as with a
        // GET, since Faces answers a method it does not know with an empty 400 instead of the page
        exchange.setRequestMethod(Methods.GET);
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, servlet.getOriginalRequest().getLocale());
        servlet.getOriginalResponse().sendError(StatusCodes.METHOD_NOT_ALLOWED, words.getString("error.405.reason"));
    }
}
