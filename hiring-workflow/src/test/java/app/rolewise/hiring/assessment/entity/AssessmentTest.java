package app.rolewise.hiring.assessment.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anAssessmentKeepsTheBankVersionItStartedOn() {
        Assessment assessment = new Assessment("mark", "Data team hire", 4, NOW);

        assertEquals(4, assessment.getBankVersion());
        assertEquals(Map.of(), assessment.getScores());
        assertThrows(IllegalArgumentException.class, () -> new Assessment("mark", "Data team hire", 0, NOW));
    }

    @Test
    void theChoiceKeepsEveryRolesScoreAtThatMoment() {
        Assessment assessment = new Assessment("mark", "Data team hire", 2, NOW);
        assessment.answer("goal", "reporting", NOW);

        assessment.choose("data-analyst", "data-analyst", null, Map.of("data-analyst", 3, "machine-learning-engineer", -2), NOW);

        assertEquals(AssessmentStatus.ROLE_CHOSEN, assessment.getStatus());
        assertEquals(Map.of("data-analyst", 3, "machine-learning-engineer", -2), assessment.getScores());
        assertEquals(2, assessment.getBankVersion());
    }

    @Test
    void choosingAnotherRoleThanTheRecommendedOneNeedsAReasonAndKeepsNothingWithout() {
        Assessment assessment = new Assessment("mark", "Data team hire", 1, NOW);

        assertThrows(ChoiceNeedsReasonException.class,
                () -> assessment.choose("data-engineer", "data-analyst", " ", Map.of("data-analyst", 3), NOW));
        assertEquals(Map.of(), assessment.getScores());
    }

    @Test
    void withNothingRecommendedAChoiceNeedsAReasonThatDoesNotSpeakOfARecommendation() {
        Assessment assessment = new Assessment("mark", "Data team hire", 1, NOW);

        ChoiceNeedsReasonException refused = assertThrows(ChoiceNeedsReasonException.class,
                () -> assessment.choose("data-engineer", null, null, Map.of("data-engineer", 0), NOW));
        assessment.choose("data-engineer", null, "We need the pipelines first.", Map.of("data-engineer", 0), NOW);

        assertEquals("refused.assessment.reasonNeededNothingRecommended", refused.key());
        assertEquals("refused.assessment.reasonNeeded", new ChoiceNeedsReasonException("data-engineer", "data-analyst").key());
        assertEquals("data-engineer", assessment.getChosenRole());
    }

    @Test
    void onceDescribedAnswersAndChoiceStayAsTheyWere() {
        Assessment assessment = new Assessment("mark", "Data team hire", 1, NOW);
        assertThrows(AssessmentClosedException.class, () -> assessment.describe(NOW), "nothing chosen, nothing to describe");
        assessment.answer("goal", "reporting", NOW);
        assessment.choose("data-analyst", "data-analyst", null, Map.of("data-analyst", 3), NOW);

        assessment.describe(NOW);

        assertEquals(AssessmentStatus.DESCRIBED, assessment.getStatus());
        assertThrows(AssessmentClosedException.class, () -> assessment.answer("goal", "predictive", NOW));
        assertThrows(AssessmentClosedException.class,
                () -> assessment.choose("data-engineer", "data-analyst", "Changed my mind", Map.of(), NOW));
        assertEquals("reporting", assessment.getAnswers().get("goal"));
        assertEquals("data-analyst", assessment.getChosenRole());
    }

    @Test
    void theComparedRolesStayInFocus() {
        Assessment assessment = new Assessment("mark", "DE or MLE?", 1, java.util.List.of("data-engineer", "machine-learning-engineer"), NOW);

        assertEquals(java.util.List.of("data-engineer", "machine-learning-engineer"), assessment.getFocusRoles());
        assertEquals(java.util.List.of(), new Assessment("mark", "No focus", 1, NOW).getFocusRoles());
        assertThrows(IllegalArgumentException.class,
                () -> new Assessment("mark", "Too many", 1, java.util.List.of("a", "b", "c", "d", "e"), NOW));
    }

    @Test
    void anOpenAssessmentMovesToANewerBankKeepingTheAnswersItStillAsks() {
        Assessment assessment = new Assessment("mark", "Data team hire", 1, NOW);
        assessment.answer("goal", "predictive", NOW);
        assessment.answer("pain", "product-gap", NOW);
        assessment.answer("retired", "gone", NOW);

        assessment.moveTo(2, (question, answer) -> !question.equals("retired") && !answer.equals("product-gap"), NOW.plusSeconds(60));

        assertEquals(2, assessment.getBankVersion());
        assertEquals(Map.of("goal", "predictive"), assessment.getAnswers());
        assertEquals(NOW.plusSeconds(60), assessment.getUpdatedAt());
    }

    @Test
    void anAssessmentWithItsJobDescriptionStaysOnItsBank() {
        Assessment assessment = new Assessment("mark", "Data team hire", 1, NOW);
        assessment.choose("data-engineer", "data-engineer", null, Map.of("data-engineer", 40), NOW);
        assessment.describe(NOW);

        assertThrows(AssessmentClosedException.class, () -> assessment.moveTo(2, (question, answer) -> true, NOW));
        assertEquals(1, assessment.getBankVersion());
    }

    @Test
    void archivingTakesAnAssessmentOffTheListAndRestoringPutsItBackChangingNothingElse() {
        Assessment assessment = new Assessment("mark", "Data team hire", 1, NOW);
        assessment.answer("goal", "reporting", NOW);

        boolean archived = assessment.archive();
        boolean archivedAgain = assessment.archive();
        boolean whileArchived = assessment.isArchived();
        boolean restored = assessment.restore();
        boolean restoredAgain = assessment.restore();

        assertTrue(archived);
        assertFalse(archivedAgain, "archiving an archived assessment changes nothing (two tabs, a double click)");
        assertTrue(whileArchived);
        assertTrue(restored);
        assertFalse(restoredAgain);
        assertFalse(assessment.isArchived());
        assertFalse(new Assessment("mark", "New", 1, NOW).isArchived(), "a new assessment is on the list");
        assertEquals(NOW, assessment.getUpdatedAt(), "the last change is still the last change of its answers");
        assertEquals(Map.of("goal", "reporting"), assessment.getAnswers());
    }

    @Test
    void anArchivedAssessmentWithItsJobDescriptionCanBeArchivedAndRestored() {
        Assessment assessment = new Assessment("mark", "Data team hire", 1, NOW);
        assessment.choose("data-engineer", "data-engineer", null, Map.of("data-engineer", 40), NOW);
        assessment.describe(NOW);

        assertTrue(assessment.archive());
        assertTrue(assessment.restore());
        assertEquals(AssessmentStatus.DESCRIBED, assessment.getStatus());
    }

    @Test
    void aCopyHasTheAnswersTheNewBankStillAsksAndTheFocusButNoChoice() {
        Assessment original = new Assessment("mark", "DE or MLE?", 1, List.of("data-engineer", "machine-learning-engineer"), NOW);
        original.answer("goal", "predictive", NOW);
        original.answer("pain", "product-gap", NOW);
        original.answer("retired", "gone", NOW);
        original.choose("data-engineer", "data-engineer", null, Map.of("data-engineer", 40), NOW);
        original.describe(NOW);
        original.archive();
        Instant later = NOW.plusSeconds(3600);

        Assessment copy = original.copy("  Copy of DE or MLE?  ", 3, (question, answer) -> !question.equals("retired"), later);

        assertEquals("mark", copy.getOwner());
        assertEquals("Copy of DE or MLE?", copy.getTitle());
        assertEquals(3, copy.getBankVersion());
        assertEquals(Map.of("goal", "predictive", "pain", "product-gap"), copy.getAnswers());
        assertEquals(List.of("data-engineer", "machine-learning-engineer"), copy.getFocusRoles());
        assertEquals(AssessmentStatus.IN_PROGRESS, copy.getStatus());
        assertNull(copy.getChosenRole());
        assertNull(copy.getRecommendedRole());
        assertEquals(Map.of(), copy.getScores());
        assertFalse(copy.isArchived(), "a copy is on the list");
        assertEquals(later, copy.getCreatedAt());
        assertEquals(later, copy.getUpdatedAt());
        assertNull(copy.getId(), "a new assessment, not yet stored");
        copy.answer("goal", "reporting", later);
        assertEquals("predictive", original.getAnswers().get("goal"), "answering the copy leaves the original as it was");
        assertEquals(3, original.getAnswers().size());
        assertEquals(1, original.getBankVersion());
    }

    @Test
    void aCopysTitleThatWouldBeTooLongIsCutWithAnEllipsis() {
        String longest = "x".repeat(Assessment.TITLE_MAX);
        Assessment original = new Assessment("mark", longest, 1, NOW);

        Assessment copy = original.copy("Copy of " + longest, 1, (question, answer) -> true, NOW);
        Assessment fitting = original.copy("Copy of it", 1, (question, answer) -> true, NOW);

        assertEquals(Assessment.TITLE_MAX, copy.getTitle().length());
        assertTrue(copy.getTitle().startsWith("Copy of xxx") && copy.getTitle().endsWith("…"), copy.getTitle());
        assertEquals("Copy of it", fitting.getTitle());
    }
}
