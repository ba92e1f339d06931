package app.rolewise.hiring.recommendation.control;

import app.rolewise.hiring.recommendation.entity.Answer;
import app.rolewise.hiring.recommendation.entity.Question;
import app.rolewise.hiring.recommendation.entity.Recommendation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The question bank that ships with Rolewise, read and run through the recommender with three managers.
 */
class QuestionBankJsonTest {

    private static List<Question> bank;
    private static Set<String> roles;

    @BeforeAll
    static void read() throws Exception {
        bank = QuestionBankJson.seed();
        try (InputStream in = QuestionBankJsonTest.class.getClassLoader().getResourceAsStream("library/seed-library.json");
             JsonReader reader = Json.createReader(in)) {
            JsonObject library = reader.readObject();
            roles = library.getJsonArray("roles").getValuesAs(JsonObject.class).stream()
                    .map(role -> role.getString("slug")).collect(Collectors.toSet());
        }
    }

    /** The answers a manager gives, question code to answer code, checked against the bank. */
    private static Map<String, String> answers(Map<String, String> hints) {
        Map<String, String> chosen = new HashMap<>();
        hints.forEach((questionCode, hint) -> {
            Question question = bank.stream().filter(q -> q.code().equals(questionCode)).findFirst()
                    .orElseThrow(() -> new AssertionError("no question " + questionCode + " in " + bank.stream().map(Question::code).toList()));
            Answer answer = question.answers().stream().filter(a -> a.code().equals(hint)).findFirst()
                    .orElseThrow(() -> new AssertionError(questionCode + " has no answer " + hint + ": "
                            + question.answers().stream().map(Answer::code).toList()));
            chosen.put(questionCode, answer.code());
        });
        return chosen;
    }

    @Test
    void theBankHasAtLeastTwelveQuestionsWeightedTowardsLibraryRoles() {
        assertTrue(bank.size() >= 12, "questions: " + bank.size());
        assertEquals(bank.size(), bank.stream().map(Question::code).distinct().count(), "question codes are unique");
        for (Question question : bank) {
            assertTrue(question.answers().size() >= 2, question.code());
            for (Answer answer : question.answers()) {
                assertTrue(roles.containsAll(answer.weights().keySet()), question.code() + "/" + answer.code() + ": " + answer.weights());
                assertTrue(answer.weights().isEmpty() || !answer.reason().isBlank(), question.code() + "/" + answer.code());
            }
        }
    }

    @Test
    void aPredictiveGoalWithoutAFoundationPutsTheDataEngineerFirst() {
        // a whole wizard's answers: a recommendation needs most of the bank answered
        Recommendation recommendation = Recommendation.of(bank, answers(Map.ofEntries(
                Map.entry("goal", "predictive"), Map.entry("pain", "product-gap"), Map.entry("sources-integrated", "no"),
                Map.entry("central-store", "none"), Map.entry("data-quality", "untrusted"), Map.entry("decision-making", "gut-feel"),
                Map.entry("models-in-production", "none"), Map.entry("existing-team", "nobody"), Map.entry("reports-to", "engineering"),
                Map.entry("data-volume", "millions"), Map.entry("seniority", "senior"))), roles);

        assertEquals("data-engineer", recommendation.top().orElseThrow().roleSlug(), recommendation.ranking().toString());
        assertEquals("data-engineer", recommendation.sequencing().orElseThrow().first());
        assertEquals(java.util.Optional.of("data-engineer"), recommendation.recommended());
    }

    @Test
    void aPredictiveGoalOnAMatureFoundationPutsTheMachineLearningEngineerFirst() {
        Recommendation recommendation = Recommendation.of(bank,
                answers(Map.of("goal", "predictive", "central-store", "modern", "data-quality", "trusted")), roles);

        assertEquals("machine-learning-engineer", recommendation.top().orElseThrow().roleSlug(), recommendation.ranking().toString());
        assertTrue(recommendation.sequencing().isEmpty());
    }

    @Test
    void aReportingGoalPutsAnAnalyticsRoleFirst() {
        Recommendation recommendation = Recommendation.of(bank,
                answers(Map.of("goal", "reporting", "central-store", "modern", "data-quality", "trusted")), roles);

        assertTrue(Set.of("data-analyst", "bi-developer", "analytics-engineer")
                .contains(recommendation.top().orElseThrow().roleSlug()), recommendation.ranking().toString());
    }
}
