package app.rolewise.hiring.recommendation.control;

import app.rolewise.hiring.recommendation.entity.Answer;
import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.Question;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The question bank that ships with Rolewise and the format every saved version is kept in; what it
 * recommends is {@code ScenarioCorpusTest}'s subject.
 */
class QuestionBankJsonTest {

    private static BankContent bank;
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

    @Test
    void everyAnswerMovesOnlyNeedsOfTheModelAndSaysWhy() {
        Set<String> needs = bank.model().needs().stream().map(need -> need.code()).collect(Collectors.toSet());
        assertTrue(bank.hasModel());
        assertEquals(bank.questions().size(), bank.questions().stream().map(Question::code).distinct().count(), "question codes are unique");
        for (Question question : bank.questions()) {
            assertTrue(question.answers().size() >= 2, question.code());
            for (Answer answer : question.answers()) {
                assertTrue(needs.containsAll(answer.needs().keySet()), question.code() + "/" + answer.code() + ": " + answer.needs());
                assertFalse(answer.reason().isBlank(), question.code() + "/" + answer.code());
            }
        }
    }

    @Test
    void everyRoleOfTheLibraryCoversANeedAtItsCore() {
        assertEquals(roles, bank.model().roles().keySet(), "the model describes exactly the library's roles");
        for (String role : roles) {
            assertTrue(bank.model().coverage(role).covers().containsValue(3), role + " has a need at the core of its job");
        }
    }

    @Test
    void aSavedVersionReadsBackUnchanged() {
        assertEquals(bank, QuestionBankJson.read(QuestionBankJson.write(bank)));
    }

    @Test
    void aBankSavedBeforeTheDecisionModelStaysReadableWithoutOne() {
        BankContent older = QuestionBankJson.read("""
                [{"code": "goal", "section": "Business goal", "text": "What should the hire make possible?",
                  "answers": [{"code": "reporting", "text": "Reporting", "weights": {"data-analyst": 3},
                               "reason": "You need reporting", "signals": ["GOAL_REPORTING"]},
                              {"code": "predictive", "text": "Predictions", "weights": {}, "reason": "You want predictions"}]}]""");

        assertFalse(older.hasModel());
        assertEquals("What should the hire make possible?", older.questions().get(0).text());
        assertEquals("Reporting", older.questions().get(0).answer("reporting").orElseThrow().text());
    }

    @Test
    void textThatIsNotABankIsRefusedWithAReason() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> QuestionBankJson.read("{ not json"));
        assertTrue(refused.getMessage().startsWith("The question bank is not valid JSON"), refused.getMessage());
    }
}
