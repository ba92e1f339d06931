package app.rolewise.hiring.recommendation.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecommendationTest {

    private static final String DE = "data-engineer";
    private static final String MLE = "machine-learning-engineer";
    private static final String ANALYST = "data-analyst";
    private static final String BI = "bi-developer";
    private static final List<String> CANDIDATES = List.of(DE, MLE, ANALYST, BI);

    private static final List<Question> BANK = List.of(
            new Question("goal", "Business goal", "What should the hire make possible?", List.of(
                    new Answer("reporting", "Reporting and analytics", Map.of(ANALYST, 3, BI, 2),
                            "Your goal is reporting and analytics", Set.of(Signal.GOAL_REPORTING)),
                    new Answer("predictive", "Predictions or personalisation", Map.of(MLE, 4, DE, 1),
                            "Your goal needs predictions", Set.of(Signal.GOAL_PREDICTIVE)))),
            new Question("store", "Data foundation", "Is your data in one central store?", List.of(
                    new Answer("none", "No central store yet", Map.of(DE, 3, MLE, -1),
                            "You have no central data store yet", Set.of(Signal.FOUNDATION_MISSING)),
                    new Answer("yes", "Yes", Map.of(MLE, 1, ANALYST, 1), "Your data is in one place", Set.of()))),
            new Question("quality", "Data foundation", "Do people trust the data?", List.of(
                    new Answer("no", "Not really", Map.of(DE, 2), "Nobody trusts the numbers yet", Set.of(Signal.FOUNDATION_MISSING)),
                    new Answer("yes", "Yes", Map.of(), "", Set.of()))));

    @Test
    void aPredictiveGoalWithoutAFoundationSaysHireTheDataEngineerFirst() {
        Recommendation recommendation = Recommendation.of(BANK,
                Map.of("goal", "predictive", "store", "none", "quality", "no"), CANDIDATES);

        assertEquals(DE, recommendation.top().orElseThrow().roleSlug(), "6 points against 3");
        Recommendation.Sequencing order = recommendation.sequencing().orElseThrow();
        assertEquals(DE, order.first());
        assertEquals(MLE, order.next());
        assertTrue(order.why().contains("trusted data"), order.why());
        List<Recommendation.Reason> reasons = recommendation.top().orElseThrow().reasons();
        assertTrue(reasons.contains(new Recommendation.Reason("store", "You have no central data store yet", 3)), reasons.toString());
        Recommendation.RoleScore mle = recommendation.ranking().stream().filter(s -> s.roleSlug().equals(MLE)).findFirst().orElseThrow();
        assertTrue(mle.reasons().contains(new Recommendation.Reason("store", "You have no central data store yet", -1)),
                "lowering reasons are kept too");
    }

    @Test
    void aPredictiveGoalOnAMatureFoundationRecommendsTheMachineLearningEngineer() {
        Recommendation recommendation = Recommendation.of(BANK,
                Map.of("goal", "predictive", "store", "yes", "quality", "yes"), CANDIDATES);

        assertEquals(MLE, recommendation.top().orElseThrow().roleSlug());
        assertEquals(5, recommendation.top().orElseThrow().score());
        assertTrue(recommendation.hasClearWinner());
        assertEquals(Recommendation.Confidence.HIGH, recommendation.confidence());
        assertTrue(recommendation.sequencing().isEmpty());
    }

    @Test
    void aReportingGoalRecommendsAnAnalyticsRoleAndNoSequence() {
        Recommendation recommendation = Recommendation.of(BANK,
                Map.of("goal", "reporting", "store", "yes", "quality", "yes"), CANDIDATES);

        assertEquals(ANALYST, recommendation.top().orElseThrow().roleSlug());
        assertEquals(List.of(ANALYST, BI, MLE, DE), recommendation.ranking().stream().map(Recommendation.RoleScore::roleSlug).toList());
        assertTrue(recommendation.sequencing().isEmpty());
    }

    @Test
    void closeTopScoresAreNoClearWinner() {
        Recommendation recommendation = Recommendation.of(BANK, Map.of("goal", "reporting", "quality", "yes"), CANDIDATES);

        assertEquals(3, recommendation.ranking().get(0).score());
        assertEquals(2, recommendation.ranking().get(1).score());
        assertFalse(recommendation.hasClearWinner());
        assertEquals(List.of(ANALYST, BI), recommendation.contenders());
        assertTrue(recommendation.recommended().isEmpty(), "the manager weighs a tie");
        assertEquals(Recommendation.Confidence.LOW, recommendation.confidence());
    }

    @Test
    void equalScoresAreATieInTheLibrarysOrderNeverAWinnerByName() {
        List<Question> bank = List.of(new Question("goal", "Business goal", "?", List.of(
                new Answer("reporting", "Reporting", Map.of(ANALYST, 3, BI, 3), "Reporting", Set.of()))));

        Recommendation recommendation = Recommendation.of(bank, Map.of("goal", "reporting"), List.of(BI, ANALYST));

        assertEquals(List.of(BI, ANALYST), recommendation.contenders(), "the candidates' order, not the alphabet");
        assertTrue(recommendation.recommended().isEmpty());
        assertFalse(recommendation.hasClearWinner());
    }

    @Test
    void tooFewAnswersRecommendNothingAndSayWhatIsOpen() {
        Recommendation recommendation = Recommendation.of(BANK, Map.of("goal", "predictive"), CANDIDATES);

        assertFalse(recommendation.hasEnoughAnswers(), "1 of 3 answered; 2 are needed");
        assertTrue(recommendation.recommended().isEmpty());
        assertTrue(recommendation.sequencing().isEmpty());
        assertEquals(List.of("Data foundation"), recommendation.unansweredSections());
        assertEquals(1, recommendation.answered());
        assertEquals(3, recommendation.questions());
        assertEquals(MLE, recommendation.top().orElseThrow().roleSlug(), "the scores so far are still shown");
    }

    @Test
    void theFirstHireOfASequenceIsTheRecommendationEvenWhenTheModelRoleScoresHigher() {
        Recommendation recommendation = Recommendation.of(BANK, Map.of("goal", "predictive", "quality", "no"), CANDIDATES);

        assertEquals(MLE, recommendation.top().orElseThrow().roleSlug(), "4 points against 3");
        assertEquals(DE, recommendation.sequencing().orElseThrow().first());
        assertEquals(java.util.Optional.of(DE), recommendation.recommended(), "the advice and the pre-selected choice agree");
    }

    @Test
    void aLargeLeadOnFewAnswersIsNotAHighConfidence() {
        Recommendation recommendation = Recommendation.of(BANK, Map.of("goal", "predictive", "store", "yes"), CANDIDATES);

        assertEquals(java.util.Optional.of(MLE), recommendation.recommended());
        assertEquals(Recommendation.Confidence.MEDIUM, recommendation.confidence(), "2 of 3 questions answered");
    }

    @Test
    void scoresReadAsAShareOfWhatEachRoleCouldScore() {
        Recommendation recommendation = Recommendation.of(BANK, Map.of("goal", "predictive", "store", "yes", "quality", "yes"), CANDIDATES);

        Recommendation.RoleScore mle = recommendation.top().orElseThrow();
        assertEquals(5, mle.scale(), "goal 4 and store 1 at best");
        assertEquals(100, mle.percent());
        Recommendation.RoleScore de = recommendation.ranking().stream().filter(s -> s.roleSlug().equals(DE)).findFirst().orElseThrow();
        assertEquals(6, de.scale());
        assertEquals(17, de.percent(), "1 of 6");
    }

    @Test
    void noAnswersYetIsNoRecommendation() {
        Recommendation recommendation = Recommendation.of(BANK, Map.of(), CANDIDATES);

        assertFalse(recommendation.hasClearWinner());
        assertTrue(recommendation.ranking().stream().allMatch(score -> score.score() == 0 && score.reasons().isEmpty()));
    }

    @Test
    void anAnswerTheBankDoesNotKnowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Recommendation.of(BANK, Map.of("goal", "world-peace"), CANDIDATES));
    }

    @Test
    void sequencingNeedsBothRolesAmongTheCandidates() {
        Recommendation recommendation = Recommendation.of(BANK,
                Map.of("goal", "predictive", "store", "none"), List.of(MLE, ANALYST));

        assertTrue(recommendation.sequencing().isEmpty());
    }
}
