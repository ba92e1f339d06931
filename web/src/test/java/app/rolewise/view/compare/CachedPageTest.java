package app.rolewise.view.compare;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CachedPageTest {

    private static final String NONCE = CachedPage.newNonce();
    private static final String POLICY = "script-src 'self' 'nonce-" + NONCE + "';";
    private static final String PAGE = "<html><head><script nonce=\"" + NONCE + "\">PrimeFaces.csp.init('" + NONCE + "');</script></head>"
            + "<body>" + CachedPage.USER_NAME_START + "Mark Meyer</span><p>Data Engineer vs. Machine Learning Engineer</p>"
            + "<form><input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\" value=\"stateless\" /></form>"
            + "<script nonce=\"" + NONCE + "\">chart()</script></body></html>";

    /** What a response received: headers in order of arrival, the content type, length and body. */
    private static final class Received {
        final List<String> headers = new ArrayList<>();
        String contentType;
        int contentLength;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setHeader" -> headers.add("set " + args[0] + ": " + args[1]);
                        case "addHeader" -> headers.add("add " + args[0] + ": " + args[1]);
                        case "setContentType" -> contentType = (String) args[0];
                        case "setContentLength" -> contentLength = (Integer) args[0];
                        case "getOutputStream" -> out;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static Map<String, List<String>> headers(String... policies) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", List.of(policies));
        return headers;
    }

    @Test
    void putsInTheResponsesNonceAndTheViewersNameAndKeepsTheRest() throws Exception {
        CachedPage page = CachedPage.of(PAGE, "text/html;charset=UTF-8", headers("frame-ancestors 'none'", POLICY)).orElseThrow();
        String fresh = CachedPage.newNonce();
        Received received = new Received();

        page.writeTo(received.response(), fresh, "Nina <Novak> & Co");

        String html = received.body.toString(StandardCharsets.UTF_8);
        assertNotEquals(NONCE, fresh);
        assertEquals(PAGE.replace(NONCE, fresh).replace("Mark Meyer", "Nina &lt;Novak&gt; &amp; Co"), html);
        assertEquals(html.getBytes(StandardCharsets.UTF_8).length, received.contentLength);
        assertEquals("text/html;charset=UTF-8", received.contentType);
        assertEquals(List.of("set Content-Security-Policy: frame-ancestors 'none'",
                "add Content-Security-Policy: " + POLICY.replace(NONCE, fresh)), received.headers);
    }

    @Test
    void aPageWhosePerRequestPartsCannotBeFoundIsNotKept() {
        String shortNonce = "abc123";
        assertEquals(Optional.empty(), CachedPage.of(PAGE, "text/html", headers("script-src 'self'")), "no nonce in the policy");
        assertEquals(Optional.empty(), CachedPage.of(PAGE.replace(NONCE, shortNonce), "text/html",
                headers(POLICY.replace(NONCE, shortNonce))), "a nonce short enough to occur in text");
        assertEquals(Optional.empty(), CachedPage.of(PAGE.replace(CachedPage.USER_NAME_START, "<span>"), "text/html", headers(POLICY)),
                "no name tag");
        assertEquals(Optional.empty(), CachedPage.of(PAGE + CachedPage.USER_NAME_START + "x</span>", "text/html", headers(POLICY)),
                "two name tags");
        assertEquals(Optional.empty(), CachedPage.of(PAGE.replace("Mark Meyer</span>", "Mark Meyer"), "text/html", headers(POLICY)),
                "a name tag that does not end");
        assertEquals(Optional.empty(), CachedPage.of(PAGE.replace("value=\"stateless\"", "value=\"3336513151230600273:-6181393941557863220\""),
                "text/html", headers(POLICY)), "a view kept in one session");
        assertEquals(Optional.empty(), CachedPage.of(PAGE.replace("<p>", "<p><a href=\"/compare;jsessionid=abc\">x</a>"), "text/html",
                headers(POLICY)), "a session id in a link");
    }

    @Test
    void newNoncesDiffer() {
        assertNotEquals(CachedPage.newNonce(), CachedPage.newNonce());
        assertTrue(CachedPage.newNonce().matches("[A-Za-z0-9+/=]{40,}"));
    }
}
