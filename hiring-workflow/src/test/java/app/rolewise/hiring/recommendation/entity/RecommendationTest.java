package app.rolewise.hiring.recommendation.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decision model's rules on a small, hand-made bank; the shipped bank against real situations is
 * {@code ScenarioCorpusTest}.
 */
class RecommendationTest {

    private static final String DE = "data-engineer";
    private static final String MLE = "machine-learning-engineer";
    private static final String ANALYST = "data-analyst";
    private static final String MLOPS = "mlops-engineer";
    private static final List<String> LIBRARY = List.of(DE, MLE, ANALYST, MLOPS);

    private static final DecisionModel MODEL = new DecisionModel(List.of(
            new Need("integrated-data", "Integrated data", "Sources in one place"),
            new Need("answers", "Answers", "Analysis for decisions"),
            new Need("models-shipped", "Models in production", "Models built into the product"),
            new Need("models-monitored", "Models kept healthy", "Models watched in production")),
            Map.of(DE, new RoleCoverage(Map.of("integrated-data", 3), List.of()),
                    ANALYST, new RoleCoverage(Map.of("answers", 3), List.of()),
                    MLE, new RoleCoverage(Map.of("models-shipped", 3, "models-monitored", 1),
                            List.of(new Prerequisite("integrated-data", "Models need integrated data."))),
                    MLOPS, new RoleCoverage(Map.of("models-monitored", 3, "models-shipped", 1),
                            List.of(new Prerequisite("models-shipped", "Nothing to monitor before a model ships.")))));

    private static Question question(String code, Answer... answers) {
        return new Question(code, "Section " + code, "Question " + code + "?", List.of(answers));
    }

    private static Answer answer(String code, Map<String, Integer> needs) {
        return new Answer(code, "Answer " + code, needs, "Because " + code);
    }

    private static final List<Question> BANK = List.of(
            question("store", answer("none", Map.of("integrated-data", 3)), answer("modern", Map.of("integrated-data", -2))),
            question("sources", answer("apart", Map.of("integrated-data", 3)), answer("together", Map.of())),
            question("pain", answer("no-numbers", Map.of("answers", 3)), answer("product", Map.of("models-shipped", 3)),
                    answer("drift", Map.of("models-monitored", 3)), answer("none", Map.of())),
            question("models", answer("none", Map.of()), answer("some", Map.of("models-shipped", -1))),
            question("team", answer("nobody", Map.of()), answer("analysts", Map.of("answers", -1))));

    private static Recommendation recommend(Map<String, String> answers) {
        return Recommendation.of(MODEL, BANK, answers, LIBRARY);
    }

    @Test
    void aNeedCountsOnceHoweverManyAnswersRaiseIt() {
        Recommendation recommendation = recommend(Map.of("store", "none", "sources", "apart", "pain", "none", "models", "none", "team", "nobody"));

        Recommendation.RaisedNeed integrated = recommendation.needs().get(0);
        assertEquals("integrated-data", integrated.need().code());
        assertEquals(3, integrated.strength(), "two answers of 3 make 3, not 6");
        assertEquals(2, integrated.reasons().size(), "both answers are named as reasons");
        assertEquals(new Recommendation.RoleScore(DE, 100, List.of("integrated-data")), recommendation.ranking().get(0));
        assertEquals(Optional.of(DE), recommendation.recommended());
        assertEquals(Recommendation.Confidence.HIGH, recommendation.confidence());
    }

    @Test
    void anAnswerThatShowsANeedMetLessensIt() {
        Recommendation recommendation = recommend(Map.of("store", "modern", "sources", "apart", "pain", "none", "models", "none", "team", "nobody"));

        assertEquals(1, recommendation.needs().get(0).strength(), "3 raised, 2 met");
        assertEquals(List.of(new Recommendation.Reason("store", "Because modern", -2), new Recommendation.Reason("sources", "Because apart", 3)),
                recommendation.needs().get(0).reasons());
    }

    @Test
    void fitsAreSharesOfTheRaisedNeedsSoEveryRoleIsReadOnOneScale() {
        Recommendation recommendation = recommend(Map.of("store", "modern", "sources", "together", "pain", "drift", "models", "some", "team", "nobody"));

        // only models-monitored (3) is raised: MLOps covers it fully, the ML engineer a third
        assertEquals(List.of(MLOPS, MLE), recommendation.ranking().stream().limit(2).map(Recommendation.RoleScore::roleSlug).toList());
        assertEquals(100, recommendation.ranking().get(0).fit());
        assertEquals(33, recommendation.ranking().get(1).fit());
        assertTrue(recommendation.sequencing().isEmpty(), "models already ship: nothing has to come first");
    }

    @Test
    void aRoleWhosePrerequisiteIsPressingWaitsForTheRoleThatMeetsIt() {
        Recommendation recommendation = recommend(Map.of("store", "none", "sources", "together", "pain", "product", "models", "none", "team", "nobody"));

        // models-shipped and integrated-data both at 3: the ML engineer and the data engineer tie on fit
        Recommendation.Sequencing order = recommendation.sequencing().orElseThrow();
        assertEquals(DE, order.first());
        assertEquals(MLE, order.next());
        assertEquals("integrated-data", order.need());
        assertEquals("Models need integrated data.", order.why());
        assertEquals(Optional.of(DE), recommendation.recommended(), "the first hire is the recommendation");
        assertTrue(recommendation.hasClearWinner());
    }

    @Test
    void rolesTooCloseToCallAreATieInTheLibrarysOrderWithNoWinner() {
        Recommendation recommendation = recommend(Map.of("store", "none", "sources", "together", "pain", "no-numbers", "models", "none", "team", "nobody"));

        // integrated-data 3 and answers 3: the data engineer and the analyst cover one each
        assertEquals(List.of(DE, ANALYST), recommendation.contenders());
        assertEquals(Optional.empty(), recommendation.recommended());
        assertFalse(recommendation.hasClearWinner());
        assertEquals(Recommendation.Confidence.LOW, recommendation.confidence());
    }

    @Test
    void tooFewAnswersRecommendNothingAndNameTheOpenSections() {
        Recommendation recommendation = recommend(Map.of("store", "none", "sources", "apart"));

        assertFalse(recommendation.hasEnoughAnswers());
        assertEquals(Optional.empty(), recommendation.recommended());
        assertEquals(List.of("Section pain", "Section models", "Section team"), recommendation.unansweredSections());
        assertEquals(List.of(), recommendation.counterfactuals());
    }

    @Test
    void answersThatRaiseNoNeedRecommendNothing() {
        Recommendation recommendation = recommend(Map.of("store", "modern", "sources", "together", "pain", "none", "models", "none", "team", "nobody"));

        assertTrue(recommendation.hasEnoughAnswers());
        assertFalse(recommendation.raisesNeeds());
        assertEquals(Optional.empty(), recommendation.recommended());
    }

    @Test
    void aHighConfidenceNeedsMostQuestionsAnswered() {
        Recommendation recommendation = recommend(Map.of("store", "none", "sources", "apart", "pain", "none"));

        assertEquals(Optional.of(DE), recommendation.recommended());
        assertEquals(Recommendation.Confidence.MEDIUM, recommendation.confidence(), "3 of 5 answered");
    }

    @Test
    void theCounterfactualsAreTheAnswersThatWouldChangeTheRecommendation() {
        Recommendation recommendation = recommend(Map.of("store", "modern", "sources", "together", "pain", "drift", "models", "some", "team", "nobody"));

        assertEquals(Optional.of(MLOPS), recommendation.recommended());
        List<Recommendation.Counterfactual> counterfactuals = recommendation.counterfactuals();
        assertFalse(counterfactuals.isEmpty());
        assertTrue(counterfactuals.size() <= 2);
        assertTrue(counterfactuals.contains(new Recommendation.Counterfactual("pain", "no-numbers", ANALYST)), counterfactuals.toString());
        for (Recommendation.Counterfactual counterfactual : counterfactuals) {
            Map<String, String> changed = new java.util.HashMap<>(Map.of("store", "modern", "sources", "together", "pain", "drift",
                    "models", "some", "team", "nobody"));
            changed.put(counterfactual.questionCode(), counterfactual.answerCode());
            assertEquals(Optional.of(counterfactual.role()), recommend(changed).recommended(), counterfactual.toString());
        }
    }

    @Test
    void anAnswerTheBankDoesNotKnowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> recommend(Map.of("store", "somewhere")));
    }

    @Test
    void aModelNamingAnUnknownNeedIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new DecisionModel(
                List.of(new Need("answers", "Answers", "")), Map.of(ANALYST, new RoleCoverage(Map.of("vibes", 2), List.of()))));
        assertTrue(refused.getMessage().contains("data-analyst covers vibes"), refused.getMessage());
    }

    @Test
    void aBankWithoutADecisionModelRecommendsNothingAndSaysSo() {
        Recommendation recommendation = Recommendation.of(new DecisionModel(List.of(), Map.of()), BANK,
                Map.of("store", "none", "sources", "apart", "pain", "none", "models", "none", "team", "nobody"), LIBRARY);

        assertTrue(recommendation.madeWithoutModel());
        assertEquals(Optional.empty(), recommendation.recommended());
        assertFalse(recommendation.raisesNeeds());
        assertFalse(recommend(Map.of("store", "none")).madeWithoutModel());
    }
}
