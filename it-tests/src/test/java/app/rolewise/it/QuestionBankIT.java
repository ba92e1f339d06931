package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.QuestionEditorPage;
import app.rolewise.it.pages.QuestionHistoryPage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The question bank as admin-maintained content: a changed weight is a new version with its diff, managers
 * are kept out, a stale save is refused without losing the input, and assessments keep the bank version
 * they started on and record it with the choice.
 */
class QuestionBankIT extends SignedInBrowserIT {

    /** Changes the weight of goal/reporting towards the Data Analyst to another value; returns the new bank version. */
    private static int changeAWeight(Browser admin) {
        QuestionEditorPage editor = QuestionEditorPage.open(admin, "goal");
        int before = editor.weight("reporting", "data-analyst");
        int after = before < 5 ? before + 1 : before - 1;
        String saved = editor.setWeight("reporting", "data-analyst", after).save();
        assertTrue(saved.contains("Question goal is saved: the bank is now version"), saved);
        return Integer.parseInt(saved.replaceAll("(?s).*now version (\\d+).*", "$1"));
    }

    @Test
    void anAdminChangesAnAnswersWeightAndTheHistoryShowsTheDiff() {
        // Arrange
        Browser alice = browsers.as(DemoUser.ALICE);
        QuestionEditorPage editor = QuestionEditorPage.open(alice, "goal");
        int before = editor.weight("reporting", "data-analyst");
        int after = before < 5 ? before + 1 : before - 1;

        // Act
        String saved = editor.setWeight("reporting", "data-analyst", after).save();
        QuestionHistoryPage history = QuestionHistoryPage.open(alice);

        // Assert
        assertTrue(saved.contains("Question goal is saved"), saved);
        assertTrue(history.versions().size() >= 2, history.versions().toString());
        assertEquals(List.of("goal | reporting | weight data-analyst | " + before + " | " + after), history.changes());
        assertEquals(List.of(), alice.javaScriptErrors());
    }

    @Test
    void aWeightOutOfRangeIsRefusedAndTheFormKeepsIt() {
        Browser alice = browsers.as(DemoUser.ALICE);
        QuestionEditorPage editor = QuestionEditorPage.open(alice, "goal");

        String refused = editor.setWeight("reporting", "data-analyst", 9).save();

        assertTrue(refused.contains("A weight is a whole number from -5 to 5"), refused);
        assertEquals(9, editor.weight("reporting", "data-analyst"));
        assertEquals(List.of(), alice.javaScriptErrors());
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsTheInput() {
        Browser first = browsers.as(DemoUser.ALICE);
        Browser second = browsers.as(DemoUser.ALICE);
        QuestionEditorPage late = QuestionEditorPage.open(second, "pain");
        changeAWeight(first);

        String answer = late.firstAnswerCode();
        String refused = late.setWeight(answer, "data-engineer", -4).save();

        assertTrue(refused.contains("after you opened it. Nothing was saved"), refused);
        assertTrue(late.showsConflict());
        assertEquals(-4, late.weight(answer, "data-engineer"));
        assertEquals(List.of(), second.javaScriptErrors());
    }

    @Test
    void aManagerGets403OnTheQuestionBankPages() {
        Browser mark = browsers.as(DemoUser.MARK);
        List<Integer> statuses = new ArrayList<>();

        for (String page : List.of("admin/questions/", "admin/questions/edit.xhtml?code=goal", "admin/questions/history.xhtml")) {
            statuses.add(mark.requestWithSession(page).statusCode());
        }

        assertEquals(List.of(403, 403, 403), statuses);
    }

    @Test
    void anAssessmentKeepsItsBankVersionAndANewOneRecordsTheNewVersionWithItsChoice() {
        // Arrange: an assessment started before the admin's change
        Browser mark = browsers.as(DemoUser.MARK);
        AssessmentPage earlier = AssessmentPage.start(mark, "Before the change " + System.currentTimeMillis());
        String earlierId = earlier.id();
        earlier.answer("goal", "reporting");
        int changed = changeAWeight(browsers.as(DemoUser.ALICE));

        // Act
        AssessmentPage later = AssessmentPage.start(mark, "After the change " + System.currentTimeMillis());
        later.answerAll(Situations.PREDICTIONS_WITHOUT_A_FOUNDATION);
        String laterVersion = later.bankVersion();
        String chosen = later.choose(later.recommended(), "");
        String recorded = later.recorded();
        AssessmentPage reopened = AssessmentPage.open(mark, earlierId).toRecommendation();

        // Assert
        assertTrue(laterVersion.contains("version " + changed + " of the question bank"), laterVersion);
        assertTrue(chosen.contains("is your choice"), chosen);
        assertTrue(recorded.contains("question bank version " + changed + ";"), recorded);
        assertTrue(recorded.matches("(?s).*scores [^,]+ -?\\d+.*"), recorded);
        assertFalse(reopened.bankVersion().contains("version " + changed + " "), reopened.bankVersion());
        assertEquals(List.of(), mark.javaScriptErrors());
    }
}
