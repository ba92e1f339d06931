package app.rolewise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses (403) any request that may change something (everything but GET, HEAD, OPTIONS and TRACE) when the
 * browser says it comes from a page of another origin. Faces' ViewState already stops a forged form that
 * lacks it; this also stops one that carries a valid ViewState, say from a page another site managed to
 * read or frame.
 * <p>
 * The browser's {@code Origin} decides; without it, the {@code Referer}'s origin; without either (not a
 * browser, so no victim's cookies), the request passes. Behind a proxy that changes scheme or host, name
 * the public origin in {@code ROLEWISE_ORIGINS} (comma-separated).
 * <p>
 * Mapped in web.xml, which sets the order of the filters.
 */
public class SameOriginPosts extends HttpFilter {

    static final String ENVIRONMENT = "ROLEWISE_ORIGINS";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private Set<String> configuredOrigins = Set.of();

    @Override
    public void init(FilterConfig config) {
        configuredOrigins = parseOrigins(System.getenv(ENVIRONMENT));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> claimed = claimedOrigin(request.getHeader("Origin"), request.getHeader("Referer"));
        if (claimed.isPresent() && !claimed.get().equals(ownOrigin(request)) && !configuredOrigins.contains(claimed.get())) {
            SecurityEvents.crossOriginRefused(request.getRemoteUser(), request.getMethod(), request.getRequestURI(), claimed.get());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The origin the browser names: Origin if sent, else the Referer's; "null" (a sandboxed or privacy-
     * redirected page) stays "null" and so never matches.
     */
    static Optional<String> claimedOrigin(String origin, String referer) {
        if (origin != null && !origin.isBlank()) {
            return Optional.of(normalise(origin.strip()));
        }
        if (referer != null && !referer.isBlank()) {
            return Optional.of(normalise(referer.strip()));
        }
        return Optional.empty();
    }

    /** scheme://host[:port] in lower case, default ports left out, as browsers send Origin. */
    static String normalise(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "null";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAUrl) {
            return "null";
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        return normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    static Set<String> parseOrigins(String configured) {
        if (configured == null || configured.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(configured.split(",")).map(String::strip).filter(origin -> !origin.isEmpty())
                .map(SameOriginPosts::normalise).collect(Collectors.toUnmodifiableSet());
    }
}
