package app.rolewise.it;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector PageCrawlIT and BadInputIT judge every answer by: it finds what a broken page shows, and nothing on
 * a page as Rolewise renders it.
 */
class LeakedTextTest {

    /** The parts of a real page that look closest to a leak: the view state's name, the Ajax error handler's settings. */
    private static final String CLEAN_PAGE = """
            <!DOCTYPE html><html><head><title>Role library · Rolewise</title>
            <script nonce="n1">PrimeFaces.cw("AjaxExceptionHandler","widget_j_idt31",{id:"j_idt31",\
            exceptionType:"jakarta.faces.application.ViewExpiredException",onexception:function(errorName, errorMessage){PF('viewExpired').show()}});</script>
            </head><body>
            <div id="messages" class="ui-messages ui-widget"><div class="ui-messages-error ui-corner-all">
            <span class="ui-messages-error-summary">Choose one of the options offered here.</span></div></div>
            <p>Error handling, retries and Exceptions are part of the job; the Data Engineer works at org level. Why???</p>
            <p>A Java developer moving into data engineering reads java documentation.</p>
            <form id="library"><input type="hidden" name="jakarta.faces.ViewState" value="-4711:815"/></form>
            <p id="errorText">Rolewise could not finish this step. What you saved before is safe; reload the page to continue.</p>
            </body></html>""";

    @Test
    void aPageAsRolewiseRendersItShowsNothing() {
        assertEquals(List.of(), LeakedText.in(CLEAN_PAGE));
    }

    @Test
    void aMissingBundleKeyIsFound() {
        List<String> found = LeakedText.in(CLEAN_PAGE.replace("Role library", "???admin.roles.titel???"));

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("a missing bundle key") && found.get(0).contains("???admin.roles.titel???"), found.get(0));
        assertEquals(1, LeakedText.in("<span>???x???</span>").size());
    }

    @Test
    void aStackTraceIsFoundByEachOfItsParts() {
        String trace = """
                <pre>jakarta.ejb.EJBException: java.lang.NullPointerException: Cannot invoke "String.strip()"
                \tat app.rolewise.view.admin.roles.EditRoleBacking.addSkill(EditRoleBacking.java:231)
                \tat org.jboss.weld.bean.proxy.CombinedInterceptorAndDecoratorStackMethodHandler.invoke(CombinedInterceptorAndDecoratorStackMethodHandler.java:79)
                </pre>""";

        List<String> found = LeakedText.in(CLEAN_PAGE.replace("<p>A Java developer", trace + "<p>A Java developer"));

        assertEquals(List.of("an exception's name", "a stack frame", "a line of Java source", "a Java class"),
                found.stream().map(leak -> leak.replaceFirst(":.*", "")).toList(), found.toString());
    }

    @Test
    void eachKindIsFoundOnItsOwn() {
        assertEquals(1, LeakedText.in("<li>NullPointerException</li>").size());
        assertEquals(1, LeakedText.in("<li>a.b.c: Cannot convert; TypeError</li>").size());
        assertEquals(1, LeakedText.in("<p>\tat org.hibernate.Session.find(</p>").size());
        assertEquals(1, LeakedText.in("<p>(Role.java:12)</p>").size());
        assertEquals(1, LeakedText.in("<p>WELD-001303: No active contexts for scope</p>").size());
        assertEquals(1, LeakedText.in("<p>wizard:j_idt42:0:answer: Validation Error: Value is not valid</p>").size());
        assertEquals(1, LeakedText.in("<p>workplace: 'MARS' must be convertible to an enum.</p>").size());
        assertEquals(List.of("an exception's name", "a Java class"),
                LeakedText.in("<p>exceptionType:\"x\" java.util.ConcurrentModificationException</p>").stream()
                        .map(leak -> leak.replaceFirst(":.*", "")).toList(), "only the handler's own setting is left out");
    }
}
