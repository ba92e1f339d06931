package app.rolewise.security;

import app.rolewise.hiring.assessment.boundary.NotYoursException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A boundary's refusal of someone else's assessment or job description ends on the 403 page, answered 403: web.xml
 * maps the exception to the page that is answered 403, and Faces hands refusals to that mapping before PrimeFaces'
 * handler could redirect them. The running answers are AccessMatrixIT's.
 */
class RefusalPageTest {

    private static final Path WEB_INF = Path.of("src/main/webapp/WEB-INF");

    @Test
    void webXmlSendsTheRefusalWhereRefusedStatusesGo() throws Exception {
        Map<String, String> errorPages = new HashMap<>();
        NodeList pages = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(WEB_INF.resolve("web.xml").toFile())
                .getElementsByTagName("error-page");
        for (int i = 0; i < pages.getLength(); i++) {
            Element page = (Element) pages.item(i);
            String by = page.getElementsByTagName("exception-type").getLength() > 0
                    ? page.getElementsByTagName("exception-type").item(0).getTextContent().strip()
                    : page.getElementsByTagName("error-code").item(0).getTextContent().strip();
            errorPages.put(by, page.getElementsByTagName("location").item(0).getTextContent().strip());
        }

        assertEquals(SecurityEventWatch.REFUSAL_PAGE, errorPages.get("403"));
        assertEquals(SecurityEventWatch.REFUSAL_PAGE, errorPages.get(NotYoursException.class.getName()));
    }

    @Test
    void refusalsAreHandledBeforePrimeFacesAndAfterStalePosts() throws Exception {
        NodeList factories = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(WEB_INF.resolve("faces-config.xml").toFile())
                .getElementsByTagName("exception-handler-factory");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < factories.getLength(); i++) {
            listed.add(factories.item(i).getTextContent().strip());
        }

        // each factory listed wraps the ones before it: the last listed handles first
        assertEquals(List.of("app.rolewise.view.UnexpectedErrors$Factory",
                "app.rolewise.view.RefusalPages$Factory", "app.rolewise.view.StalePosts$Factory"), listed);
    }

    @Test
    void theRefusalPageIsAnswered403WhenAnExceptionLedThere() throws Exception {
        int[] status = {500};
        HttpServletResponse response = proxy(HttpServletResponse.class, (method, args) -> {
            if (method.equals("setStatus")) {
                status[0] = (Integer) args[0];
            }
            return null;
        });

        new SecurityEventWatch().doFilter(errorDispatchTo(SecurityEventWatch.REFUSAL_PAGE), response, (request, answer) -> { });
        assertEquals(403, status[0]);

        status[0] = 500;
        new SecurityEventWatch().doFilter(errorDispatchTo("/errors/500.xhtml"), response, (request, answer) -> { });
        assertEquals(500, status[0], "other error pages keep their status");
    }

    @Test
    void theContainerLogsNoStackTraceForARefusal() {
        NotYoursException refusal = new NotYoursException(7);

        assertTrue(RefusalLog.isRefusal(refusal), "thrown by a servlet");
        assertTrue(RefusalLog.isRefusal(new ServletException("from Faces", refusal)), "handed on by Faces");
        assertFalse(RefusalLog.isRefusal(new ServletException("from Faces", new IllegalStateException("a bug"))));
        assertFalse(RefusalLog.isRefusal(new IllegalStateException("a bug", refusal)));
    }

    private static HttpServletRequest errorDispatchTo(String page) {
        return proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getDispatcherType" -> DispatcherType.ERROR;
            case "getServletPath" -> page;
            case "getMethod" -> "GET";
            case "getAttribute" -> RequestDispatcher.ERROR_REQUEST_URI.equals(args[0]) ? "/descriptions/description.xhtml" : null;
            default -> null;
        });
    }

    private interface Answer {
        Object to(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(RefusalPageTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.to(method.getName(), args)));
    }
}
