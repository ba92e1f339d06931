package app.rolewise.hiring.assessment.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
