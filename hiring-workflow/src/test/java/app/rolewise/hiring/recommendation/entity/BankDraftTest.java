package app.rolewise.hiring.recommendation.entity;

import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import app.rolewise.hiring.recommendation.entity.BankContent.Place;
import app.rolewise.history.entity.Change;
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
    private static BankDraft shipped() {
        return BankDraft.of(1, QuestionBankJson.seed());
    }

    private static List<String> problems(BankDraft draft) {
        return VALIDATOR.validate(draft).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    @Test
    void theShippedBankKeepsEveryRuleAndSurvivesTheEditorUnchanged() {
        BankDraft draft = shipped();

        assertEquals(List.of(), problems(draft));
        assertEquals(QuestionBankJson.seed(), draft.toContent());
        assertEquals(List.of(), QuestionBankJson.seed().changesTo(draft.toContent()));
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
                "Each answer needs the sentence that tells a manager what it says about their needs."), problems(draft));
    }

    @Test
    void effectsStayWithinMinusThreeAndThree() {
        BankDraft draft = shipped();
        AnswerDraft reporting = draft.question("goal").orElseThrow().getAnswers().get(0);
        reporting.setEffect("answers", 4);
        reporting.setEffect("self-service", -3);

        assertEquals(List.of("An effect on a need is a whole number from -3 (the answer shows the need is met) to 3 (it makes the need pressing); 0 or empty for no effect."),
                problems(draft));
    }

    @Test
    void effectsPointOnlyAtNeedsOfTheModel() {
        BankDraft draft = shipped();
        AnswerDraft reporting = draft.question("goal").orElseThrow().getAnswers().get(0);
        reporting.setEffect("vibes", 2);
        reporting.setEffect("more-vibes", 0);

        assertEquals(List.of("Answer reporting of question goal has an effect on vibes, which is not a need of the decision model."),
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
    void zeroAndEmptyEffectsAreLeftOutAndTextsStripped() {
        BankDraft draft = shipped();
        AnswerDraft reporting = draft.question("goal").orElseThrow().getAnswers().get(0);
        reporting.setEffect("answers", 0);
        reporting.setEffect("research", null);
        reporting.setText("  Dashboards  ");

        Answer stored = draft.toContent().questions().get(0).answers().get(0);

        assertEquals(0, stored.effectOn("answers"));
        assertTrue(!stored.needs().containsKey("answers") && !stored.needs().containsKey("research"));
        assertEquals("Dashboards", stored.text());
    }

    @Test
    void theDiffNamesTheAnswerAndNeedWhoseEffectChanged() {
        BankDraft draft = shipped();
        draft.question("goal").orElseThrow().getAnswers().get(0).setEffect("answers", 2);
        draft.removeQuestion("salary-budget");

        List<Change<Place>> changes = QuestionBankJson.seed().changesTo(draft.toContent());

        assertEquals(new Change<>(new Place("goal", "reporting", "need answers"), "1", "2"), changes.get(0));
        assertTrue(changes.stream().skip(1).allMatch(change -> change.field().question().equals("salary-budget") && change.removed()),
                changes.toString());
        assertEquals("goal/reporting need answers 1 → 2", Place.summary(changes.get(0)));
        assertEquals("salary-budget question removed", Place.summary(changes.get(1)));
    }

    @Test
    void theDiffShowsAChangeToTheDecisionModel() {
        BankContent shipped = QuestionBankJson.seed();
        java.util.Map<String, RoleCoverage> roles = new java.util.HashMap<>(shipped.model().roles());
        RoleCoverage analyst = roles.get("data-analyst");
        java.util.Map<String, Integer> covers = new java.util.HashMap<>(analyst.covers());
        covers.put("research", 1);
        roles.put("data-analyst", new RoleCoverage(covers, analyst.requires()));

        List<Change<Place>> changes = shipped.changesTo(
                new BankContent(new DecisionModel(shipped.model().needs(), roles), shipped.questions()));

        assertEquals(List.of(new Change<>(new Place(Place.MODEL, "data-analyst", "covers research"), null, "1")), changes);
        assertEquals("(decision model)/data-analyst covers research added", Place.summary(changes.get(0)));
    }

    @Test
    void anAdminChangesARolesCoverageAndPrerequisitesAndTheDiffShowsIt() {
        BankDraft draft = shipped();
        CoverageDraft analyst = draft.coverageOf("data-analyst");
        analyst.getCovers().put("research", 1);
        PrerequisiteDraft first = analyst.addPrerequisite();
        first.setNeed("integrated-data");
        first.setWhy("  Analysis needs the sources together.  ");

        assertEquals(List.of(), problems(draft));
        List<Change<Place>> changes = QuestionBankJson.seed().changesTo(draft.toContent());

        assertEquals(List.of(new Change<>(new Place(Place.MODEL, "data-analyst", "covers research"), null, "1"),
                new Change<>(new Place(Place.MODEL, "data-analyst", "requires integrated-data"), null, "Analysis needs the sources together.")), changes);
    }

    @Test
    void coverageStaysWithinZeroAndThreeAndPrerequisitesNameAKnownNeedOnceWithAReason() {
        BankDraft draft = shipped();
        CoverageDraft analyst = draft.coverageOf("data-analyst");
        analyst.getCovers().put("answers", 4);
        analyst.getCovers().put("vibes", 1);
        analyst.addPrerequisite().setNeed("vibes");
        PrerequisiteDraft twice = analyst.addPrerequisite();
        twice.setNeed("integrated-data");
        twice.setWhy("Once.");
        PrerequisiteDraft again = analyst.addPrerequisite();
        again.setNeed("integrated-data");
        again.setWhy("Twice.");

        assertEquals(List.of(
                "A role covers a need from 0 (not at all) to 3 (the core of the job); leave it empty for 0.",
                "Each need that must be met first says why, in a sentence a manager can pass on.",
                "The role data-analyst covers vibes, which is not a need of the decision model.",
                "The role data-analyst requires integrated-data first, which is not a need of the decision model or is listed twice.",
                "The role data-analyst requires vibes first, which is not a need of the decision model or is listed twice."), problems(draft));
    }

    @Test
    void aRoleTheModelDoesNotDescribeYetStartsEmpty() {
        BankDraft draft = shipped();

        CoverageDraft added = draft.coverageOf("prompt-engineer");

        assertEquals(java.util.Map.of(), added.getCovers());
        assertEquals(new RoleCoverage(java.util.Map.of(), List.of()), draft.toContent().model().coverage("prompt-engineer"));
    }
}
