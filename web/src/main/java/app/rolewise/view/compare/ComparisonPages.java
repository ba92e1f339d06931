package app.rolewise.view.compare;

import app.rolewise.comparison.boundary.ComparisonRequest;
import app.rolewise.comparison.boundary.Comparisons;
import app.rolewise.comparison.boundary.ViewCounter;
import app.rolewise.library.entity.ContentRevision;
import app.rolewise.security.AccessRole;
import app.rolewise.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Serves a comparison's page ({@code GET /compare?roles=…}) from memory once Faces has rendered it, so that
 * opening a comparison again costs a lookup rather than a comparison and a Faces request.
 * <p>
 * A kept page is only served for the same address, viewed the same way (the viewer's Rolewise roles, which
 * decide the menu, the tags and the "Which one do we need?" link; locale, scheme and context path), and while
 * the {@link ContentRevision} it was made at is still the current one: any save, publication, archiving or
 * removal of a role, a skill or a role pair ends that revision, so a page never outlives the content it shows
 * (including the names it reports as unknown or left out). The page keeps no view state (compare.xhtml is
 * stateless; the picker asks {@link RoleSuggestionsServlet}). What differs per viewer and response, the user's
 * name and the script nonce, is put in on every response ({@link CachedPage}), so one user's page is never
 * shown to another. A page is only kept once {@code Comparisons.compare}, which checks the viewer's roles, has
 * answered for the same viewer roles that key it. The hub without roles (whose "most viewed" list changes all
 * the time), posts, other parameters and responses carrying messages from an earlier request are never kept.
 * <p>
 * Mapped in web.xml after the security filters: a page from memory still gets the sign-in handling and the
 * security headers.
 */
public class ComparisonPages extends HttpFilter {

    /** The comparison this filter made, so that the page renders the same one rather than comparing again. */
    static final String COMPARED = ComparisonPages.class.getName() + ".compared";

    /** About 30 KB each. */
    static final int MAX_PAGES = 256;

    /** Mojarra's flash cookie: messages kept over a redirect are this viewer's alone. */
    private static final String FLASH_COOKIE = "csfcfc";

    /** The page's own {@code f:viewParam maxlength}: longer addresses get a validation message. */
    private static final int LONGEST_ROLES = 400;

    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "transfer-encoding", "date", "connection");

    record Compared(String roles, ComparisonRequest request) {
    }

    /** The address as given and who views it how. */
    record Key(String roles, List<AccessRole> viewerRoles, Locale locale, String contextPath, boolean secure) {
    }

    /** A rendered page, the content revision it was made at and the comparison it shows (for the view count). */
    private record Kept(long revision, String comparisonKey, CachedPage page) {
    }

    @Inject
    Comparisons comparisons;

    @Inject
    ViewCounter viewCounter;

    @Inject
    CurrentUser currentUser;

    private final Map<Key, Kept> pages = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > MAX_PAGES;
        }
    });

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String roles = keepableRoles(request);
        if (roles == null) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(roles, currentUser.getRoles(), request.getLocale(), request.getContextPath(), request.isSecure());
        // read before the content: should a change commit while the page is made, that change also ends
        // the revision the page is kept under
        long revision = ContentRevision.current();
        Kept kept = pages.get(key);
        if (kept != null && kept.revision() == revision) {
            viewCounter.viewed(kept.comparisonKey());
            kept.page().writeTo(response, CachedPage.newNonce(), currentUser.getDisplayName());
            return;
        }
        ComparisonRequest compared = comparisons.compare(Arrays.asList(roles.split(",")));
        request.setAttribute(COMPARED, new Compared(roles, compared));
        if (compared.comparison().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String comparisonKey = compared.comparison().get().key();
        Map<String, List<String>> before = headersOf(response);
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] html = capture.body();
        if (capture.keepable && response.getStatus() == HttpServletResponse.SC_OK && html.length > 0
                && StandardCharsets.UTF_8.name().equalsIgnoreCase(capture.getCharacterEncoding())) {
            Map<String, List<String>> set = headersOf(response);
            set.keySet().removeIf(name -> NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) || set.get(name).equals(before.get(name)));
            if (!set.containsKey("Set-Cookie")) {
                CachedPage.of(new String(html, StandardCharsets.UTF_8), capture.getContentType(), set)
                        .ifPresent(page -> pages.put(key, new Kept(revision, comparisonKey, page)));
            }
        }
        if (html.length > 0 && !capture.finished && !response.isCommitted()) {
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        }
    }

    /** The roles parameter of a GET this filter may answer from memory, or null. */
    private static String keepableRoles(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getRemoteUser() == null || request.getParameterMap().size() != 1) {
            return null;
        }
        String[] roles = request.getParameterMap().get("roles");
        if (roles == null || roles.length != 1 || roles[0].isBlank() || roles[0].length() > LONGEST_ROLES) {
            return null;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null && Arrays.stream(cookies).anyMatch(cookie -> FLASH_COOKIE.equals(cookie.getName()))) {
            return null;
        }
        return roles[0];
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.getHeaderNames().forEach(name -> headers.put(name, List.copyOf(response.getHeaders(name))));
        return headers;
    }

    int size() {
        return pages.size();
    }

    /**
     * Holds the page's body until it is complete, so that it can be both kept and sent; a redirect, an
     * error or a cookie makes the response one not to keep.
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        boolean keepable = true;
        /** An error or redirect answered: what was buffered before is not sent. */
        boolean finished;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called on this response");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the compare page is written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was called on this response");
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(buffer, encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // the body goes out once complete, with its length
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            body();
            buffer.reset();
        }

        @Override
        public void reset() {
            body(); // flushed first, so that nothing the old writer still holds arrives after the reset
            buffer.reset();
            writer = null;
            stream = null;
            super.reset();
        }

        @Override
        public void setContentLength(int length) {
            // set from the buffer when it is sent
        }

        @Override
        public void setContentLengthLong(long length) {
            // set from the buffer when it is sent
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                super.addIntHeader(name, value);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            keepable = false;
            finished = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            keepable = false;
            finished = true;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            keepable = false;
            finished = true;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            keepable = false;
            super.addCookie(cookie);
        }
    }
}
