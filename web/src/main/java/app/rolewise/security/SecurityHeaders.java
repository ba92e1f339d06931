package app.rolewise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The response headers every Rolewise response carries, pages, exports and error pages alike.
 * <p>
 * The script policy with its per-request nonce is PrimeFaces' (web.xml, {@code primefaces.CSP_POLICY}),
 * so it comes only with Faces pages. The policy set here restricts no scripts, so that the browser, which
 * enforces every policy it receives, still runs the nonce'd ones; it adds what holds for every response:
 * no framing, no {@code <base>} from elsewhere, no plugins.
 * <p>
 * Mapped in web.xml, which sets the order of the filters.
 */
public class SecurityHeaders extends HttpFilter {

    static final String FRAME_AND_BASE_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // setHeader, not addHeader: an error dispatch passes here a second time
        response.setHeader("Content-Security-Policy", FRAME_AND_BASE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
