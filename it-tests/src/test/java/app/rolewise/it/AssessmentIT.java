package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.ComparePage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager's needs assessment: answers kept across a fresh sign-in, the recommendation with its reasons
 * and order of hiring, a choice that needs a reason, and another manager kept out.
 */
class AssessmentIT extends SignedInBrowserIT {

    @Test
    void aManagerWithoutAFoundationIsToldToHireTheDataEngineerFirst() {
        Browser mark = signedIn(DemoUser.MARK);
        AssessmentPage assessment = AssessmentPage.start(mark, "Personalisation, first data hire " + System.currentTimeMillis());
        String id = assessment.id();
        assessment.answer("goal", "predictive").next();
        assessment.answer("sources-integrated", "no").answer("central-store", "none").answer("data-quality", "untrusted");

        // a fresh browser and sign-in: every answer was stored as it was given
        Browser again = signedIn(DemoUser.MARK);
        AssessmentPage reopened = AssessmentPage.open(again, id);
        boolean goalKept = reopened.isChecked("goal", "predictive");
        reopened.answerAll(Situations.PREDICTIONS_WITHOUT_A_FOUNDATION);

        assertTrue(goalKept, "the first answer survives a new session");
        assertEquals("data-engineer", reopened.ranking().get(0), reopened.ranking().toString());
        assertEquals("data-engineer", reopened.recommended(), "the first hire is the recommendation: " + reopened.verdict());
        assertEquals("integrated-data", reopened.needs().get(0), "the most pressing need comes first: " + reopened.needs());
        assertTrue(reopened.reasonsFor("integrated-data").contains("You have no central data store yet"),
                reopened.reasonsFor("integrated-data").toString());
        assertTrue(reopened.sequencing().contains("Hiring order: first Data Engineer, then Machine Learning Engineer."), reopened.sequencing());
        assertTrue(reopened.link("winnerLink").endsWith("/roles/role.xhtml?slug=data-engineer"), reopened.link("winnerLink"));
        List<Integer> fits = reopened.fits();
        assertEquals(reopened.ranking().size(), fits.size(), "a bar for every role");
        assertEquals(fits.stream().sorted(java.util.Comparator.reverseOrder()).toList(), fits, "best fit first");
        assertEquals(List.of(), again.javaScriptErrors());
    }

    @Test
    void aWholeAssessmentExplainsItselfAndTheBriefSaysTheSame() throws Exception {
        Browser mark = signedIn(DemoUser.MARK);
        String title = "Wholesale reporting " + System.currentTimeMillis();
        AssessmentPage assessment = AssessmentPage.start(mark, title);
        String id = assessment.id();

        assessment.answerAll(Situations.REPORTING_NOW_MODELS_LATER);

        assertTrue(assessment.verdict().startsWith("Recommended hire: Data Engineer (confidence: "), assessment.verdict());
        assertTrue(assessment.sequencing().contains("Hiring order: first Data Engineer, then BI Developer."), assessment.sequencing());
        List<String> changes = assessment.counterfactuals();
        assertTrue(changes.stream().anyMatch(change -> change.startsWith("bi-developer: ") && change.contains("Are your main data sources")
                && change.contains("the recommendation would be BI Developer.")), changes.toString());
        String topTwo = assessment.link("compareTopTwo");
        assertTrue(topTwo.contains("roles=bi-developer%2Cdata-engineer") || topTwo.contains("roles=bi-developer,data-engineer"), topTwo);
        assertEquals(11, assessment.fits().size(), "a bar for every published role");
        mark.pageScreenshot("AssessmentIT-recommendation-desktop", 1280);
        mark.pageScreenshot("AssessmentIT-recommendation-phone", 390);

        HttpResponse<byte[]> pdf = mark.downloadWithSession("assessments/brief?id=" + id + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages(), "the brief fits on one page");
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String expected : List.of("Decision brief: " + title, "Recommended hire: Data Engineer", "Hiring order",
                "First Data Engineer, then BI Developer", "The alternatives and why not", "What would change this",
                "No role has been chosen yet", "question bank version")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        String markdown = new String(mark.downloadWithSession("assessments/brief?id=" + id + "&format=md").body(), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("\n## The recommendation\n\nRecommended hire: Data Engineer."), markdown);

        String chosen = assessment.choose("data-engineer", "");
        assertTrue(chosen.contains("Data Engineer is your choice"), "the pre-selected role needs no reason: " + chosen);
        String afterChoice = new String(mark.downloadWithSession("assessments/brief?id=" + id + "&format=md").body(), StandardCharsets.UTF_8);
        assertTrue(afterChoice.contains("The manager chose the recommended role: Data Engineer."), afterChoice);
        assertEquals(200, signedIn(DemoUser.HOLLY).downloadWithSession("assessments/brief?id=" + id + "&format=pdf").statusCode(),
                "HR reads every brief");
        assertEquals(403, signedIn(DemoUser.NINA).downloadWithSession("assessments/brief?id=" + id + "&format=pdf").statusCode(),
                "another manager reads none of it");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void choosingAnotherRoleThanTheRecommendedOneNeedsAReason() {
        Browser mark = signedIn(DemoUser.MARK);
        AssessmentPage assessment = AssessmentPage.start(mark, "Reporting " + System.currentTimeMillis());
        assessment.answerAll(Situations.PREDICTIONS_WITHOUT_A_FOUNDATION);

        String refused = assessment.choose("bi-developer", "");
        String accepted = assessment.choose("bi-developer", "Leadership wants dashboards before any model.");

        assertTrue(refused.contains("Say why you choose another role"), refused);
        assertTrue(accepted.contains("BI Developer is your choice"), accepted);
    }

    @Test
    void rolesTooCloseToCallAreATieWithALinkToCompareThemNeverAWinnerByName() {
        Browser mark = signedIn(DemoUser.MARK);
        AssessmentPage assessment = AssessmentPage.start(mark, "Reporting for the business " + System.currentTimeMillis());

        assessment.answerAll(Situations.REPORTING_WITH_ANALYSTS);

        String verdict = assessment.verdict();
        assertTrue(verdict.startsWith("No clear winner: "), verdict);
        for (String role : List.of("BI Developer", "Analytics Engineer")) {
            assertTrue(verdict.contains(role), role + " is among the close roles: " + verdict);
        }
        assertEquals("", assessment.recommended(), "nothing pre-selected on a tie");
        String compare = assessment.compareContendersLink();
        for (String role : List.of("bi-developer", "analytics-engineer")) {
            assertTrue(compare.contains(role), compare);
        }
        assertFalse(assessment.counterfactuals().isEmpty(), "a tie still says which answers would settle it");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void anotherManagerCannotOpenItEvenByGuessingTheId() {
        Browser mark = signedIn(DemoUser.MARK);
        String id = AssessmentPage.start(mark, "Private " + System.currentTimeMillis()).id();
        Browser nina = signedIn(DemoUser.NINA);

        int status = nina.requestWithSession("assessments/assessment.xhtml?id=" + id).statusCode();
        int hrStatus = signedIn(DemoUser.HOLLY).requestWithSession("assessments/assessment.xhtml?id=" + id).statusCode();

        assertEquals(403, status);
        assertEquals(200, hrStatus, "HR reads every assessment");
    }

    @Test
    void whichOneDoWeNeedStartsAnAssessmentWithTheComparedRolesInFocus() {
        Browser mark = signedIn(DemoUser.MARK);
        ComparePage.open(mark, "data-engineer,machine-learning-engineer");
        mark.driver().findElement(org.openqa.selenium.By.id("whichOne")).click();
        AssessmentPage started = AssessmentPage.startFromFocus(mark);

        String focus = started.focusText();
        AssessmentPage assessment = started.begin();
        assessment.answer("goal", "predictive").toRecommendation();

        assertTrue(assessment.verdict().contains("Not enough answers to recommend a role yet: 1 of 25 questions answered. Still open: Business goal, Data foundation"),
                "one answer recommends nothing yet: " + assessment.verdict());
        assertEquals("", assessment.recommended());
        assertTrue(focus.contains("Data Engineer, Machine Learning Engineer"), focus);
        assertEquals(List.of("data-engineer", "machine-learning-engineer").stream().sorted().toList(),
                assessment.focusRoles().stream().sorted().toList());
        assertEquals(List.of(), mark.javaScriptErrors());
    }
}
