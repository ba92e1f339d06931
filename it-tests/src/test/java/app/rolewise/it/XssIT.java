package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.EditRolePage;
import app.rolewise.it.pages.FacesForm;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus in {@code xss-corpus.txt} (script tags, event handlers, javascript: URLs, SVG, encoded forms,
 * attribute breakouts) goes into the free-text and rich-text fields of the hiring path, of the library, of
 * the pair content and of the question bank, then every page that shows them is opened in Chromium. The
 * pair and the question are filled over HTTP ({@link FacesForm}), every field in one save. Each payload calls {@code rwxss()}, which nothing
 * defines: a payload that ran leaves "rwxss is not defined" in the browser's log, and the test fails.
 */
class XssIT extends SignedInBrowserIT {

    private static final List<String> CORPUS = corpus();

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
        return ranHere(browser, path);
    }

    /** Lists any sign that a payload ran on the page the browser shows. */
    private static List<String> ranHere(Browser browser, String path) {
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
        // payloads may leave the text leaning masculine: then it goes anyway, with payloads in the word for HR too
        String submitted = description.submit();
        if (submitted.contains("leans masculine")) {
            submitted = description.submitAnyway(fitting(50, 2000));
        }
        assertTrue(submitted.contains("is with HR for review"), submitted);

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

    /** Payloads from the corpus in turn, as many as fit, starting over at its end. */
    private static final class Payloads {
        private int next;

        String fitting(int maxLength) {
            StringBuilder text = new StringBuilder();
            for (int tried = 0; tried < CORPUS.size() && text.length() + CORPUS.get(next).length() + 1 <= maxLength; tried++) {
                text.append(CORPUS.get(next)).append('\n');
                next = (next + 1) % CORPUS.size();
            }
            return text.toString().strip();
        }

        /** One payload per line, up to {@code items} lines. */
        String lines(int items) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < items; i++) {
                text.append(CORPUS.get(next)).append('\n');
                next = (next + 1) % CORPUS.size();
            }
            return text.toString();
        }
    }

    /** Presses a button of a page's form over HTTP and returns the form as the answer shows it. */
    private static FacesForm press(Browser browser, FacesForm form, String button) {
        HttpResponse<String> answer = form.submit(browser, button);
        assertEquals(200, answer.statusCode(), button + ": " + answer.body());
        return FacesForm.of(answer.body(), form.id());
    }

    private static String errorsIn(HttpResponse<String> answer) {
        return Jsoup.parse(answer.body()).select(".ui-message-error, .ui-messages-error, .ui-messages-warn").text();
    }

    @Test
    void noPayloadRunsFromThePairContent() {
        // Arrange: a pair of this test's own, with a myth and an FAQ entry to fill (added when missing)
        Browser alice = browsers.as(DemoUser.ALICE);
        String editor = "admin/pairs/edit.xhtml?key=ai-engineer%2Bapplied-scientist";
        if (!alice.requestWithSession(editor).body().contains("id=\"pairForm\"")) {
            FacesForm create = FacesForm.of(alice.requestWithSession("admin/pairs/").body(), "newPair")
                    .set("newPair:first_input", "ai-engineer").set("newPair:second_input", "applied-scientist");
            assertEquals(302, create.submit(alice, "newPair:create").statusCode(), "the pair is created");
        }
        Payloads payloads = new Payloads();
        FacesForm form = fillPair(FacesForm.of(alice.requestWithSession(editor).body(), "pairForm"), payloads);
        if (form.freeTextFields().stream().noneMatch(field -> field.endsWith(":myth"))) {
            form = fillPair(press(alice, form, "pairForm:addMyth"), payloads);
        }
        if (form.freeTextFields().stream().noneMatch(field -> field.endsWith(":answer"))) {
            form = fillPair(press(alice, form, "pairForm:addQuestion"), payloads);
        }

        // Act: every field of the pair carries payloads, saved (and published, the first time) in one go
        HttpResponse<String> saved = form.submit(alice, form.buttons().contains("pairForm:publish") ? "pairForm:publish" : "pairForm:save");
        assertEquals(200, saved.statusCode());
        assertEquals("", errorsIn(saved), "the pair is saved");

        // Assert: the compare page, the hub, the pair list, the editor and its latest diff
        Browser nina = browsers.as(DemoUser.NINA);
        List<String> ran = new ArrayList<>(ranOn(nina, "compare?roles=ai-engineer,applied-scientist"));
        assertTrue(nina.driver().getPageSource().contains("rwxss()"), "the payloads are shown as text, not dropped");
        ran.addAll(ranOn(nina, "compare"));
        ran.addAll(ranOn(alice, "admin/pairs/"));
        ran.addAll(ranOn(alice, editor));
        alice.driver().findElement(By.cssSelector("[id$='versions_data'] tr:first-child button")).click();
        alice.awaitAjax(Duration.ofMillis(200));
        ran.addAll(ranHere(alice, editor + " (what changed)"));
        assertEquals(List.of(), ran);
    }

    /** Every typed field of the pair editor with payloads, as many as each takes. */
    private static FacesForm fillPair(FacesForm form, Payloads payloads) {
        for (String field : form.freeTextFields()) {
            String text = switch (field.substring(field.lastIndexOf(':') + 1)) {
                // a new verdict each run: the database outlives a run, and an unchanged save stores nothing
                case "verdict" -> System.currentTimeMillis() + " " + payloads.fitting(280);
                case "sharedTasks", "forOrganizations", "forIndividuals" -> payloads.lines(10);
                case "overlap", "answer" -> payloads.fitting(2000);
                default -> payloads.fitting(300);
            };
            form.set(field, text);
        }
        return form;
    }

    @Test
    void noPayloadRunsFromTheQuestionBank() {
        // Arrange: a question of this test's own in the first section, with eight answers, removed again at the end
        Browser alice = browsers.as(DemoUser.ALICE);
        String section = FacesForm.of(alice.requestWithSession("admin/questions/edit.xhtml?code=goal").body(), "question")
                .value("question:section_input");
        String existing = alice.requestWithSession("admin/questions/edit.xhtml?code=xss-probe").body();
        Payloads payloads = new Payloads();
        FacesForm form = fillQuestion(FacesForm.of(existing.contains("id=\"question\"") ? existing
                : alice.requestWithSession("admin/questions/edit.xhtml").body(), "question"), section, payloads);
        try {
            while (form.freeTextFields().stream().filter(field -> field.endsWith(":answerText")).count() < 8) {
                form = fillQuestion(press(alice, form, "question:addAnswer"), section, payloads);
            }

            // Act: the question, every answer and every reason sentence carry payloads, saved in one go
            HttpResponse<String> saved = form.submit(alice, "question:save");
            assertEquals(200, saved.statusCode());
            assertEquals("", errorsIn(saved), "the question is saved");

            // Assert: the bank's pages, then a manager's wizard step and recommendation with that answer
            List<String> ran = new ArrayList<>();
            for (String path : List.of("admin/questions/", "admin/questions/edit.xhtml?code=xss-probe", "admin/questions/history.xhtml")) {
                ran.addAll(ranOn(alice, path));
            }
            Browser mark = browsers.as(DemoUser.MARK);
            AssessmentPage assessment = AssessmentPage.start(mark, "Question bank payloads");
            assessment.answerOnStep("xss-probe", "a0");
            assertTrue(mark.driver().getPageSource().contains("rwxss()"), "the question and answers are shown as text");
            ran.addAll(ranHere(mark, "assessment step"));
            assessment.toRecommendation();
            assertTrue(mark.driver().getPageSource().contains("rwxss()"), "the reason sentence is on the recommendation");
            ran.addAll(ranHere(mark, "recommendation"));
            ran.addAll(ranOn(mark, "assessments/assessment.xhtml?id=" + assessment.id()));
            assertEquals(List.of(), ran);
        } finally {
            removeQuestion(alice, "xss-probe");
        }
    }

    /**
     * The question with payloads in its text, every answer and every reason sentence; the first answer raises
     * every need, so that its reason is on the recommendation. Filled before each press too: the editor checks
     * the whole form.
     */
    private static FacesForm fillQuestion(FacesForm form, String section, Payloads payloads) {
        form.set("question:code", "xss-probe").set("question:section_input", section)
                .set("question:text", System.currentTimeMillis() + " " + payloads.fitting(280));
        for (String field : form.freeTextFields()) {
            if (field.endsWith(":answerCode")) {
                form.set(field, "a" + field.replaceAll(".*answerRows:(\\d+):.*", "$1"));
            } else if (field.endsWith(":answerText") || field.endsWith(":reason")) {
                form.set(field, payloads.fitting(200));
            } else if (field.endsWith(":effect")) {
                form.set(field, field.contains("answerRows:0:") ? "3" : "0");
            }
        }
        return form;
    }

    /** Removes a question from the bank, as the list's remove button does, so other tests see the bank as before. */
    private static void removeQuestion(Browser alice, String code) {
        String list = alice.requestWithSession("admin/questions/").body();
        var row = Jsoup.parse(list).select("a.rw-question-code:containsOwn(" + code + ")").parents().select("tr").first();
        if (row != null) {
            String button = row.select("button[id$=':remove']").attr("name");
            assertEquals(200, FacesForm.of(list, "questions").submit(alice, button).statusCode());
        }
    }
}
