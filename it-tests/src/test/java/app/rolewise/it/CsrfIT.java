package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forged form posts riding a signed-in manager's session: starting an assessment (the "Start" form on
 * /assessments/) without a ViewState, with a made-up one, and with a valid one from another origin. None
 * starts anything; the same post from Rolewise's own origin does, which shows the forged ones would have
 * been seen.
 */
class CsrfIT extends SignedInBrowserIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TITLES = Pattern.compile("class=\"rw-assessment-link\"[^>]*>([^<]*)<");

    /** A fresh ViewState for the page, as a page of Rolewise open in the victim's browser holds one. */
    private static String viewState(Browser browser) {
        Matcher found = VIEW_STATE.matcher(browser.requestWithSession("assessments/").body());
        assertTrue(found.find(), "the assessments page carries a ViewState");
        return found.group(1);
    }

    /** The manager's assessments as the list shows them, newest first. */
    private static List<String> assessments(Browser browser) {
        return TITLES.matcher(browser.requestWithSession("assessments/").body()).results().map(title -> title.group(1)).toList();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The "Start" form as the browser would post it, the button included so that its action runs. */
    private static Map<String, String> startForm(String title, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("start", "start");
        form.put("start:title", title);
        form.put("start:begin", "start:begin");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    @Test
    void forgedPostsStartNoAssessment() {
        // Arrange
        Browser nina = browsers.as(DemoUser.NINA);
        String own = RolewiseDeployment.baseUri(deployed).toString().replaceFirst("/$", "");
        String forged = "Forged " + System.nanoTime();
        List<String> before = assessments(nina);

        // Act
        HttpResponse<String> withoutViewState = nina.postWithSession("assessments/", startForm(forged + " a", null), Map.of("Origin", own));
        HttpResponse<String> madeUpViewState = nina.postWithSession("assessments/", startForm(forged + " b", "-1234567890:987654321"), Map.of("Origin", own));
        HttpResponse<String> otherOrigin = nina.postWithSession("assessments/", startForm(forged + " c", viewState(nina)),
                Map.of("Origin", "http://evil.example"));
        HttpResponse<String> otherReferer = nina.postWithSession("assessments/", startForm(forged + " d", viewState(nina)),
                Map.of("Referer", "http://evil.example/page.html"));
        HttpResponse<String> nullOrigin = nina.postWithSession("assessments/", startForm(forged + " e", viewState(nina)),
                Map.of("Origin", "null"));
        List<String> after = assessments(nina);

        // Assert: nothing started
        // without a ViewState Faces renders the page as if asked for it; with a made-up one PrimeFaces'
        // exception handler redirects to the expired-page notice
        assertEquals(200, withoutViewState.statusCode());
        assertTrue(madeUpViewState.statusCode() == 302 && location(madeUpViewState).contains("errors/expired"),
                madeUpViewState.statusCode() + " " + location(madeUpViewState));
        assertEquals(403, otherOrigin.statusCode());
        assertEquals(403, otherReferer.statusCode());
        assertEquals(403, nullOrigin.statusCode());
        assertEquals(before, after, "the assessment list is unchanged");
        assertTrue(after.stream().noneMatch(title -> title.startsWith(forged)), after.toString());

        // and the same post from Rolewise's own page does start one, so a change would have shown
        HttpResponse<String> genuine = nina.postWithSession("assessments/", startForm(forged + " genuine", viewState(nina)), Map.of("Origin", own));
        assertEquals(302, genuine.statusCode(), genuine.body());
        assertTrue(genuine.headers().firstValue("Location").orElse("").contains("assessments/assessment"), genuine.headers().map().toString());
        assertEquals(forged + " genuine", assessments(nina).get(0));
        assertFalse(assessments(nina).contains(forged + " c"));
    }
}
