package app.rolewise.view.compare;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compare page as Faces rendered it once, cut where each request differs: the Content Security Policy
 * nonce (fresh per response, so that a script injected into one response cannot reuse another's) and the
 * signed-in user's name in the top bar. Everything else on the page depends only on what
 * {@link ComparisonPages} keys it by.
 */
final class CachedPage {

    /** The layout's name tag (layout.xhtml); the id makes it unique on the page, escaping keeps it out of content. */
    static final String USER_NAME_START = "<span id=\"userName\" class=\"rw-user-name\">";
    private static final String USER_NAME_END = "</span>";

    /** A nonce shorter than this could occur in the page's text by chance. */
    private static final int SHORTEST_NONCE = 16;

    private static final Pattern NONCE_IN_POLICY = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    /** A view state other than "stateless" names a view in one session; a session id in a link is one session's. */
    private static final Pattern SESSION_BOUND = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"(?!stateless\")|;jsessionid=",
            Pattern.CASE_INSENSITIVE);

    private enum Slot { NONCE, USER_NAME }

    /** A header the page set, as the parts between its nonces. */
    private record Header(String name, List<List<String>> values) {
    }

    private final String contentType;
    private final List<Header> headers;
    /** byte[] for fixed HTML, {@link Slot} where the request's own value goes. */
    private final List<Object> body;
    private final int fixedLength;

    private CachedPage(String contentType, List<Header> headers, List<Object> body) {
        this.contentType = contentType;
        this.headers = headers;
        this.body = body;
        this.fixedLength = body.stream().filter(byte[].class::isInstance).mapToInt(part -> ((byte[]) part).length).sum();
    }

    /**
     * Cuts a rendered page, or says it cannot be kept: without a nonce in its policy, or without exactly one
     * name tag, the parts that differ per request could not be found for sure; with a view state of its
     * session or a session id in a link, it belongs to one session.
     *
     * @param headers the headers the page's rendering set, by name, each with its values in order
     */
    static Optional<CachedPage> of(String html, String contentType, Map<String, List<String>> headers) {
        Optional<String> nonce = headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Security-Policy"))
                .flatMap(header -> header.getValue().stream())
                .map(NONCE_IN_POLICY::matcher)
                .filter(Matcher::find)
                .map(found -> found.group(1))
                .findFirst();
        int tag = html.indexOf(USER_NAME_START);
        if (SESSION_BOUND.matcher(html).find()) {
            return Optional.empty();
        }
        if (nonce.isEmpty() || nonce.get().length() < SHORTEST_NONCE || tag < 0 || html.indexOf(USER_NAME_START, tag + 1) >= 0) {
            return Optional.empty();
        }
        int nameStart = tag + USER_NAME_START.length();
        int nameEnd = html.indexOf(USER_NAME_END, nameStart);
        if (nameEnd < 0) {
            return Optional.empty();
        }
        List<Object> body = new ArrayList<>();
        cutAtNonces(html.substring(0, nameStart), nonce.get(), body);
        body.add(Slot.USER_NAME);
        cutAtNonces(html.substring(nameEnd), nonce.get(), body);
        List<Header> kept = headers.entrySet().stream()
                .map(header -> new Header(header.getKey(), header.getValue().stream()
                        .map(value -> List.of(value.split(Pattern.quote(nonce.get()), -1))).toList()))
                .toList();
        return Optional.of(new CachedPage(contentType, kept, List.copyOf(body)));
    }

    private static void cutAtNonces(String html, String nonce, List<Object> body) {
        String[] parts = html.split(Pattern.quote(nonce), -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                body.add(Slot.NONCE);
            }
            body.add(parts[i].getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A nonce as PrimeFaces makes them: the Base64 of a random UUID. */
    static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes the page with this response's nonce and the viewer's name, headers first. */
    void writeTo(HttpServletResponse response, String nonce, String userName) throws IOException {
        for (Header header : headers) {
            for (int i = 0; i < header.values().size(); i++) {
                String value = String.join(nonce, header.values().get(i));
                if (i == 0) {
                    response.setHeader(header.name(), value);
                } else {
                    response.addHeader(header.name(), value);
                }
            }
        }
        byte[] nonceBytes = nonce.getBytes(StandardCharsets.UTF_8);
        byte[] nameBytes = PlainComparisonServlet.escape(userName).getBytes(StandardCharsets.UTF_8);
        long nonces = body.stream().filter(Slot.NONCE::equals).count();
        response.setContentType(contentType);
        response.setContentLength((int) (fixedLength + nonces * nonceBytes.length + nameBytes.length));
        OutputStream out = response.getOutputStream();
        for (Object part : body) {
            out.write(part == Slot.NONCE ? nonceBytes : part == Slot.USER_NAME ? nameBytes : (byte[]) part);
        }
    }

    int length() {
        return fixedLength;
    }
}
