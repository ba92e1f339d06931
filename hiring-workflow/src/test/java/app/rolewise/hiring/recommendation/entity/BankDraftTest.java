package app.rolewise.hiring.recommendation.entity;

import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules an admin's question bank must keep, and the way between the editable bank and the one
 * assessments run on.
 */
class BankDraftTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Set<String> LIBRARY = Set.of("data-engineer", "data-analyst", "machine-learning-engineer",
            "data-scientist", "analytics-engineer", "bi-developer", "applied-scientist", "ai-engineer",
            "mlops-engineer", "ml-platform-engineer", "data-architect");

    private static BankDraft shipped() {
        return BankDraft.of(1, QuestionBankJson.seed()).checkedAgainst(LIBRARY);
    }

    private static List<String> problems(BankDraft draft) {
        return VALIDATOR.validate(draft).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @Test
    void theShippedBankKeepsEveryRuleAndSurvivesTheEditorUnchanged() {
        BankDraft draft = shipped();

        assertEquals(List.of(), problems(draft));
        assertEquals(QuestionBankJson.seed(), draft.toQuestions());
        assertEquals(List.of(), BankChange.between(QuestionBankJson.seed(), draft.toQuestions()));
    }

    @Test
    void aBankWrittenAndReadAgainIsTheSame() {
        List<Question> shipped = QuestionBankJson.seed();

        assertEquals(shipped, QuestionBankJson.read(QuestionBankJson.write(shipped)));
    }

    @Test
    void questionCodesAreUnique() {
        BankDraft draft = shipped();
        draft.getQuestions().get(1).setCode("goal");

        assertEquals(List.of("The question code goal is used twice; each question needs its own."), problems(draft));
    }

    @Test
    void answerCodesAreUniqueWithinTheirQuestion() {
        BankDraft draft = shipped();
        QuestionDraft goal = draft.question("goal").orElseThrow();
        goal.getAnswers().get(1).setCode(goal.getAnswers().get(0).getCode());

        assertEquals(List.of("Question goal uses the answer code reporting twice; each answer needs its own."), problems(draft));
    }

    @Test
    void textsAreNeededAndBounded() {
        BankDraft draft = shipped();
        QuestionDraft goal = draft.question("goal").orElseThrow();
        goal.setText("  ");
        goal.getAnswers().get(0).setText("x".repeat(AnswerDraft.TEXT_MAX + 1));
        goal.getAnswers().get(1).setReason(null);

        assertEquals(List.of("A question needs its text.", "An answer is at most 200 characters.",
                "Each answer needs the sentence that tells a manager why it moves the roles."), problems(draft));
    }

    @Test
    void weightsStayWithinMinusFiveAndFive() {
        BankDraft draft = shipped();
        AnswerDraft reporting = draft.question("goal").orElseThrow().getAnswers().get(0);
        reporting.setWeight("data-analyst", 6);
        reporting.setWeight("bi-developer", -5);

        assertEquals(List.of("A weight is a whole number from -5 to 5 (0 for a role the answer does not move)."), problems(draft));
    }

    @Test
    void weightsPointOnlyAtRolesInTheLibrary() {
        BankDraft draft = shipped();
        AnswerDraft reporting = draft.question("goal").orElseThrow().getAnswers().get(0);
        reporting.setWeight("prompt-whisperer", 2);
        reporting.setWeight("chief-vibes-officer", 0);

        assertEquals(List.of("Answer reporting of question goal has a weight towards prompt-whisperer, which is not a role in the library."),
                problems(draft));
    }

    @Test
    void codesAreUrlFriendlyAndAQuestionHasAtLeastTwoAnswers() {
        BankDraft draft = shipped();
        QuestionDraft goal = draft.question("goal").orElseThrow();
        goal.setCode("Business Goal");
        while (goal.getAnswers().size() > 1) {
            goal.removeAnswer(goal.getAnswers().size() - 1);
        }

        assertEquals(List.of("A question code is lower-case letters and digits joined by single hyphens, such as data-quality (at most 60 characters).",
                "A question has 2 to 10 answers."), problems(draft));
    }

    @Test
    void aNewQuestionGoesToTheEndOfItsSectionAndStartsWithTwoEmptyAnswers() {
        BankDraft draft = shipped();
        String section = draft.getQuestions().get(0).getSection();
        int lastOfSection = draft.getQuestions().indexOf(draft.questionsIn(section).get(draft.questionsIn(section).size() - 1));

        QuestionDraft added = draft.addQuestion(section);

        assertEquals(lastOfSection + 1, draft.getQuestions().indexOf(added));
        assertEquals(2, added.getAnswers().size());
        assertTrue(problems(draft).contains("A question needs a code (what assessments store), such as data-quality."));
    }

    @Test
    void zeroAndEmptyWeightsAreLeftOutAndTextsStripped() {
        BankDraft draft = shipped();
        AnswerDraft reporting = draft.question("goal").orElseThrow().getAnswers().get(0);
        reporting.setWeight("data-analyst", 0);
        reporting.setWeight("mlops-engineer", null);
        reporting.setText("  Dashboards  ");

        Answer stored = draft.toQuestions().get(0).answers().get(0);

        assertEquals(0, stored.weightFor("data-analyst"));
        assertTrue(!stored.weights().containsKey("data-analyst") && !stored.weights().containsKey("mlops-engineer"));
        assertEquals("Dashboards", stored.text());
    }

    @Test
    void theDiffNamesTheAnswerAndRoleWhoseWeightChanged() {
        BankDraft draft = shipped();
        draft.question("goal").orElseThrow().getAnswers().get(0).setWeight("data-analyst", 4);
        draft.removeQuestion("salary-budget");

        List<BankChange> changes = BankChange.between(QuestionBankJson.seed(), draft.toQuestions());

        assertEquals(new BankChange("goal", "reporting", "weight data-analyst", "3", "4"), changes.get(0));
        assertTrue(changes.stream().skip(1).allMatch(change -> change.question().equals("salary-budget") && change.after() == null),
                changes.toString());
        assertEquals("goal/reporting weight data-analyst 3 → 4", changes.get(0).summary());
    }
}
