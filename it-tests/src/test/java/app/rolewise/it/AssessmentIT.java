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
 * and order of hiring, a choice that needs a reason, and another manager kept out. Its steps are addresses:
 * the browser's Back and Forward move between them, a step reloads as itself, and the page counts what is
 * answered and names the steps left with questions open.
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
        assertTrue(reopened.link("winnerLink").matches(".*/roles/role(\\.xhtml)?\\?slug=data-engineer"), reopened.link("winnerLink"));
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
    void withNothingAnsweredNothingIsPreselectedAndThePageSaysAnsweringGivesARecommendation() {
        Browser nina = signedIn(DemoUser.NINA);
        ComparePage.open(nina, "data-engineer,machine-learning-engineer");
        nina.driver().findElement(org.openqa.selenium.By.id("whichOne")).click();
        AssessmentPage assessment = AssessmentPage.startFromFocus(nina).begin().toRecommendation();

        String verdict = assessment.verdict();
        String hint = assessment.choiceHint();
        String refused = assessment.choose("ai-engineer", "");

        assertEquals("", assessment.recommended());
        assertTrue(verdict.contains("No question is answered yet. Answer them, and Rolewise recommends the role that covers your needs."), verdict);
        assertEquals(List.of(), assessment.focusRoles(), "no rank without a need to rank by");
        assertTrue(hint.contains("Nothing is pre-selected, as nothing is recommended yet: answering the questions gives a recommendation."), hint);
        assertTrue(refused.contains("Nothing is recommended yet: say why you choose this role."), refused);
        AssessmentPage reopened = AssessmentPage.open(nina, assessment.id()).toRecommendation();
        assertEquals("", reopened.roleChoice(), "no role pre-selected");
        assertEquals("Choose a role", reopened.roleChoiceLabel());
        assertEquals(List.of(), nina.javaScriptErrors());
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

    @Test
    void theBrowsersBackButtonReturnsToThePreviousStepWithinTheAssessment() {
        Browser mark = signedIn(DemoUser.MARK);
        AssessmentPage assessment = AssessmentPage.start(mark, "Back and forth " + System.currentTimeMillis());
        String id = assessment.id();
        String first = assessment.section();
        assessment.answer("goal", "predictive").next();
        String second = assessment.section();
        assessment.next();
        String third = assessment.section();

        assessment.browserBack();
        String afterBack = assessment.section();
        String addressAfterBack = assessment.address();
        String currentAfterBack = assessment.currentStep();
        assessment.browserBack();
        String afterSecondBack = assessment.section();
        boolean goalKept = assessment.isChecked("goal", "predictive");
        assessment.browserForward();
        String afterForward = assessment.section();

        assertFalse(first.equals(second) || second.equals(third), "three different steps: " + List.of(first, second, third));
        assertEquals(second, afterBack, "Back returns to the step before, not out of the assessment");
        assertTrue(addressAfterBack.contains("id=" + id) && addressAfterBack.contains("step=2"), addressAfterBack);
        assertEquals("step-2", currentAfterBack, "the step on screen is the current one");
        assertEquals(first, afterSecondBack);
        assertTrue(goalKept, "the answer picked before moving on is there when coming back");
        assertEquals(second, afterForward, "Forward moves on again");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void aStepsAddressReloadsOnThatStepAndAnUnknownStepGivesTheFirstWithAMessage() {
        Browser mark = signedIn(DemoUser.MARK);
        AssessmentPage started = AssessmentPage.start(mark, "Bookmarked step " + System.currentTimeMillis());
        String id = started.id();
        String first = started.section();
        String second = started.next().section();
        String third = started.next().section();

        AssessmentPage bookmarked = AssessmentPage.openStep(mark, id, "3");
        String opened = bookmarked.section();
        String title = bookmarked.title();
        String reloaded = bookmarked.reload().section();
        String current = bookmarked.currentStep();
        String backLink = bookmarked.back().section();
        AssessmentPage recommendation = AssessmentPage.openStep(mark, id, "recommendation");
        boolean verdictShown = !recommendation.verdict().isEmpty();
        String recommendationCurrent = recommendation.currentStep();
        List<String> unknown = new java.util.ArrayList<>();
        for (String step : List.of("abc", "99", "0", "-1", "1.5", "99999999999999999999", "<script>rwxss()</script>")) {
            AssessmentPage wrong = AssessmentPage.openStep(mark, id, step);
            if (!wrong.onQuestions() || !wrong.section().equals(first) || !wrong.messages().contains("This assessment has no such step")) {
                unknown.add(step + " → " + (wrong.onQuestions() ? wrong.section() : "no questions") + " / " + wrong.messages());
            }
        }

        assertEquals(third, opened, "step=3 opens the third step");
        assertTrue(title.contains(third) && title.contains("step 3 of"), "the document title names the step: " + title);
        assertEquals(third, reloaded, "a reload stays on the step");
        assertEquals("step-3", current);
        assertEquals(second, backLink, "the page's Back link leads to the step before");
        assertTrue(verdictShown, "step=recommendation opens the recommendation");
        assertEquals("toRecommendation", recommendationCurrent);
        assertEquals(List.of(), unknown, "an unknown step gets the first step and says so, never an error");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void theProgressCountsTheAnswersAndEachStepSaysHowFarItIsAnswered() {
        Browser mark = signedIn(DemoUser.MARK);
        AssessmentPage assessment = AssessmentPage.start(mark, "Progress " + System.currentTimeMillis());
        java.util.regex.Matcher nothingYet = java.util.regex.Pattern.compile("0 of (\\d+) questions answered\\.").matcher(assessment.progress());
        assertTrue(nothingYet.matches(), "a new assessment has nothing answered: " + assessment.progress());
        int questions = Integer.parseInt(nothingYet.group(1));
        int onFirstStep = assessment.stepQuestions(1);

        assessment.answer("goal", "predictive");
        String afterOne = assessment.progress();
        String chipAfterOne = assessment.stepChip(1);
        assessment.answer("pain", "product-gap");
        String afterTwo = assessment.progress();
        String chipAfterTwo = assessment.stepChip(1);
        boolean completeAfterTwo = assessment.stepComplete(1);
        String afterReload = assessment.reload().progress();
        String secondChip = assessment.stepChip(2);

        assertEquals("1 of " + questions + " questions answered.", afterOne, "the count follows each pick");
        assertTrue(chipAfterOne.contains("1 of " + onFirstStep + " answered"), chipAfterOne);
        assertEquals("2 of " + questions + " questions answered.", afterTwo);
        assertEquals(2, onFirstStep, "the first step asks the goal and the pain");
        assertTrue(chipAfterTwo.contains("✓") && chipAfterTwo.contains("answered") && !chipAfterTwo.contains(" of "), chipAfterTwo);
        assertTrue(completeAfterTwo);
        assertEquals(afterTwo, afterReload, "counted from the stored answers");
        assertTrue(secondChip.contains("0 of " + assessment.stepQuestions(2) + " answered"), secondChip);
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void aStepLeftWithUnansweredQuestionsIsFlaggedOnTheNextButNothingIsBlocked() {
        Browser mark = signedIn(DemoUser.MARK);
        AssessmentPage assessment = AssessmentPage.start(mark, "Skipping " + System.currentTimeMillis());
        String first = assessment.section();
        List<String> beforeSkipping = assessment.skipped();

        String second = assessment.answer("goal", "predictive").next().section();
        List<String> flagged = assessment.skipped();
        String flaggedChip = assessment.stepChip(1);
        assessment.back().answer("pain", "product-gap").next();
        List<String> afterAnswering = assessment.skipped();
        List<String> onRecommendation = assessment.toRecommendation().skipped();

        assertEquals(List.of(), beforeSkipping, "nothing is left behind on the first step");
        assertEquals(1, flagged.size(), flagged.toString());
        assertTrue(flagged.get(0).contains("Step 1, " + first + ", has one unanswered question."), flagged.toString());
        assertTrue(flagged.get(0).contains("Go to step 1"), flagged.toString());
        assertFalse(second.equals(first), "skipping is allowed: the next step is shown");
        assertTrue(flaggedChip.contains("1 of 2 answered"), flaggedChip);
        assertEquals(List.of(), afterAnswering, "an answered step is no longer flagged");
        assertTrue(onRecommendation.stream().anyMatch(line -> line.startsWith("Step 2, " + second + ", has ")), onRecommendation.toString());
        assertFalse(onRecommendation.stream().anyMatch(line -> line.startsWith("Step 1,")), onRecommendation.toString());
        assertEquals(List.of(), mark.javaScriptErrors());
    }
}
