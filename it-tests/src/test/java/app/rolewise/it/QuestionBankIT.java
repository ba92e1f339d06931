package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.ModelEditorPage;
import app.rolewise.it.pages.QuestionEditorPage;
import app.rolewise.it.pages.QuestionHistoryPage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The question bank as admin-maintained content: a changed effect on a need is a new version with its diff, managers
 * are kept out, a stale save is refused without losing the input, and assessments keep the bank version
 * they started on and record it with the choice.
 */
class QuestionBankIT extends SignedInBrowserIT {

    /** Changes the effect of goal/reporting on the need for answers to another value; returns the new bank version. */
    private static int changeAnEffect(Browser admin) {
        QuestionEditorPage editor = QuestionEditorPage.open(admin, "goal");
        int before = editor.effect("reporting", "answers");
        int after = before < 3 ? before + 1 : before - 1;
        String saved = editor.setEffect("reporting", "answers", after).save();
        assertTrue(saved.contains("Question goal is saved: the bank is now version"), saved);
        return Integer.parseInt(saved.replaceAll("(?s).*now version (\\d+).*", "$1"));
    }

    @Test
    void anAdminChangesAnAnswersEffectOnANeedAndTheHistoryShowsTheDiff() {
        // Arrange
        Browser alice = browsers.as(DemoUser.ALICE);
        QuestionEditorPage editor = QuestionEditorPage.open(alice, "goal");
        int before = editor.effect("reporting", "answers");
        int after = before < 3 ? before + 1 : before - 1;

        // Act
        String saved = editor.setEffect("reporting", "answers", after).save();
        QuestionHistoryPage history = QuestionHistoryPage.open(alice);

        // Assert
        assertTrue(saved.contains("Question goal is saved"), saved);
        assertTrue(history.versions().size() >= 2, history.versions().toString());
        assertEquals(List.of("goal | reporting | need answers | " + before + " | " + after), history.changes());
        alice.open("admin/questions/");
        alice.pageScreenshot("QuestionBankIT-bank-and-model-desktop", 1280);
        alice.pageScreenshot("QuestionBankIT-bank-and-model-phone", 390);
        QuestionEditorPage.open(alice, "goal");
        alice.pageScreenshot("QuestionBankIT-editor-phone", 390);
        assertEquals(List.of(), alice.javaScriptErrors());
    }

    @Test
    void anEffectOutOfRangeIsRefusedAndTheFormKeepsIt() {
        Browser alice = browsers.as(DemoUser.ALICE);
        QuestionEditorPage editor = QuestionEditorPage.open(alice, "goal");

        String refused = editor.setEffect("reporting", "answers", 9).save();

        assertTrue(refused.contains("An effect on a need is a whole number from -3"), refused);
        assertEquals(9, editor.effect("reporting", "answers"));
        assertEquals(List.of(), alice.javaScriptErrors());
    }

    @Test
    void anAdminChangesWhatARoleCoversAndTheHistoryShowsTheModelsDiff() {
        Browser alice = browsers.as(DemoUser.ALICE);
        ModelEditorPage editor = ModelEditorPage.open(alice);
        alice.pageScreenshot("QuestionBankIT-model-editor-desktop", 1280);
        alice.pageScreenshot("QuestionBankIT-model-editor-phone", 390);
        int before = editor.level("data-analyst", "research");
        try {
            String refused = editor.setLevel("data-analyst", "research", 5).save();
            assertTrue(refused.contains("A role covers a need from 0 (not at all) to 3"), refused);
            assertEquals(5, editor.level("data-analyst", "research"), "the form keeps what was typed");

            String saved = editor.setLevel("data-analyst", "research", before == 1 ? 2 : 1).save();
            QuestionHistoryPage history = QuestionHistoryPage.open(alice);

            assertTrue(saved.contains("The decision model is saved: the bank is now version"), saved);
            assertEquals(List.of("(decision model) | data-analyst | covers research | " + (before == 0 ? "" : before) + " | "
                    + (before == 1 ? 2 : 1)), history.changes());
            assertEquals(List.of(), alice.javaScriptErrors());
        } finally {
            // the other tests recommend on the shipped model
            ModelEditorPage.open(alice).setLevel("data-analyst", "research", before).save();
        }
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsTheInput() {
        Browser first = browsers.as(DemoUser.ALICE);
        Browser second = browsers.as(DemoUser.ALICE);
        QuestionEditorPage late = QuestionEditorPage.open(second, "pain");
        changeAnEffect(first);

        String answer = late.firstAnswerCode();
        String refused = late.setEffect(answer, "integrated-data", -3).save();

        assertTrue(refused.contains("after you opened it. Nothing was saved"), refused);
        assertTrue(late.showsConflict());
        assertEquals(-3, late.effect(answer, "integrated-data"));
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
        int changed = changeAnEffect(browsers.as(DemoUser.ALICE));

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
        assertTrue(recorded.matches("(?s).*came out then: [^,]+ -?\\d+.*"), recorded);
        assertFalse(reopened.bankVersion().contains("version " + changed + " "), reopened.bankVersion());
        assertEquals(List.of(), mark.javaScriptErrors());
    }
}
