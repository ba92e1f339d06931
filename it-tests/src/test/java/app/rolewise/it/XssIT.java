package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.EditRolePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoAlertPresentException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus in {@code xss-corpus.txt} (script tags, event handlers, javascript: URLs, SVG, encoded forms,
 * attribute breakouts) goes into the free-text and rich-text fields of the hiring path and of the library,
 * then every page that shows them is opened in Chromium. Each payload calls {@code rwxss()}, which nothing
 * defines: a payload that ran leaves "rwxss is not defined" in the browser's log, and the test fails.
 */
@ExtendWith(ArquillianExtension.class)
class XssIT {

    private static final List<String> CORPUS = corpus();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RolewiseDeployment.realWar();
    }

    @ArquillianResource
    URL deployed;

    private SignedInBrowsers browsers;

    @BeforeEach
    void openBrowsers() {
        browsers = new SignedInBrowsers(deployed);
    }

    @AfterEach
    void closeBrowsers(TestInfo test) {
        browsers.closeAll(getClass().getSimpleName() + "-" + test.getDisplayName());
    }

    private static List<String> corpus() {
        try (InputStream in = XssIT.class.getResourceAsStream("/xss-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As many payloads as fit in a field of that length, one per line, starting at {@code from}. */
    private static String fitting(int from, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < CORPUS.size() && text.length() + CORPUS.get(i).length() + 1 <= maxLength; i++) {
            text.append(CORPUS.get(i)).append('\n');
        }
        return text.toString().strip();
    }

    private static String all(String prefix) {
        return String.join("\n", CORPUS.stream().map(payload -> prefix + payload).toList());
    }

    /** Opens a page and lists any sign that a payload ran there. */
    private static List<String> ranOn(Browser browser, String path) {
        browser.open(path);
        List<String> ran = new ArrayList<>(browser.javaScriptErrors().stream().filter(error -> error.contains("rwxss")).toList());
        try {
            ran.add("alert: " + browser.driver().switchTo().alert().getText());
        } catch (NoAlertPresentException expected) {
            // no dialog: nothing ran
        }
        return ran.stream().map(sign -> path + " → " + sign).toList();
    }

    @Test
    void theCorpusIsBigEnough() {
        assertTrue(CORPUS.size() >= 50, "at least 50 payloads, found " + CORPUS.size());
        assertTrue(CORPUS.stream().allMatch(payload -> payload.contains("rwxss") || payload.contains("'rw'+'xss")),
                "every payload reports itself, some through a name put together at run time");
    }

    @Test
    void noPayloadRunsAnywhereOnTheHiringPath() {
        Browser mark = browsers.as(DemoUser.MARK);
        AssessmentPage assessment = AssessmentPage.start(mark, CORPUS.get(11));
        String assessmentId = assessment.id();
        assessment.answer("goal", "predictive").toRecommendation();
        String chosen = assessment.choose("bi-developer", fitting(0, 1000));
        assertTrue(chosen.contains("is your choice"), chosen);
        mark.open("assessments/assessment.xhtml?id=" + assessmentId);
        DescriptionPage description = DescriptionPage.draftFromAssessment(mark, fitting(17, 120), fitting(30, 80), "DE", 50000, 60000, "EUR");
        String id = description.id();
        description.pasteFact("title", fitting(40, 160))
                .paste("SUMMARY", all(""))
                .paste("TEAM", all("- "))
                .paste("RESPONSIBILITIES", all("- "));
        assertTrue(description.save().contains("Saved as revision 2"));
        assertTrue(description.submit().contains("is with HR for review"));

        Browser holly = browsers.as(DemoUser.HOLLY);
        DescriptionPage review = DescriptionPage.open(holly, id);
        String sentBack = review.pasteComment("SUMMARY", fitting(0, 2000)).pasteComment("TEAM", fitting(CORPUS.size() / 2, 2000)).requestChanges();
        assertTrue(sentBack.contains("Sent back"), sentBack);

        List<String> ran = new ArrayList<>();
        for (String path : List.of("", "assessments/", "assessments/assessment.xhtml?id=" + assessmentId, "descriptions/",
                "descriptions/description.xhtml?id=" + id)) {
            ran.addAll(ranOn(mark, path));
            ran.addAll(ranOn(holly, path));
        }
        assertEquals(List.of(), ran);
        assertTrue(DescriptionPage.open(mark, id).commentsOn("SUMMARY").get(0).contains("<script>rwxss()</script>"),
                "the payloads are shown as text, not dropped");
    }

    @Test
    void noPayloadRunsFromTheRoleLibrary() {
        Browser alice = browsers.as(DemoUser.ALICE);
        EditRolePage editor = EditRolePage.open(alice, "applied-scientist");
        // a new text each run: the database outlives a run, and an unchanged save stores nothing
        String saved = editor.setSummary("Turns research into product features (" + System.currentTimeMillis() + "). " + fitting(0, 420))
                .pasteOverviewHtml("<p>Applied scientists bridge research and product.</p>" + String.join("", CORPUS))
                .save();
        assertTrue(saved.contains("saved") || saved.contains("Saved"), saved);

        Browser nina = browsers.as(DemoUser.NINA);
        List<String> ran = new ArrayList<>();
        for (String path : List.of("roles/", "roles/role.xhtml?slug=applied-scientist", "compare?roles=applied-scientist,data-scientist")) {
            ran.addAll(ranOn(nina, path));
        }
        ran.addAll(ranOn(alice, "admin/roles/edit.xhtml?slug=applied-scientist"));
        ran.addAll(ranOn(alice, "admin/roles/"));
        ran.addAll(ranOn(alice, "admin/roles/history.xhtml?slug=applied-scientist"));
        assertEquals(List.of(), ran);
    }
}
