package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.ComparePage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(reopened.reasonsOfTop().stream().anyMatch(reason -> reason.contains("no central data store") && reason.contains("+3 Data Engineer")),
                reopened.reasonsOfTop().toString());
        assertTrue(reopened.sequencing().contains("Hire a Data Engineer first and a Machine Learning Engineer next"), reopened.sequencing());
        assertEquals(List.of(), again.javaScriptErrors());
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
        for (String role : List.of("Data Analyst", "BI Developer", "Analytics Engineer")) {
            assertTrue(verdict.contains(role), role + " is among the close roles: " + verdict);
        }
        assertEquals("", assessment.recommended(), "nothing pre-selected on a tie");
        String compare = assessment.compareContendersLink();
        for (String role : List.of("data-analyst", "bi-developer", "analytics-engineer")) {
            assertTrue(compare.contains(role), compare);
        }
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

        assertTrue(assessment.verdict().contains("Not enough answers to recommend a role yet: 1 of 17 questions answered. Still open: Business goal, Data foundation"),
                "one answer recommends nothing yet: " + assessment.verdict());
        assertEquals("", assessment.recommended());
        assertTrue(focus.contains("Data Engineer, Machine Learning Engineer"), focus);
        assertEquals(List.of("data-engineer", "machine-learning-engineer").stream().sorted().toList(),
                assessment.focusRoles().stream().sorted().toList());
        assertEquals(List.of(), mark.javaScriptErrors());
    }
}
