package app.rolewise.view.assessments;

import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.Question;
import app.rolewise.hiring.recommendation.entity.Recommendation;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role the recommendation step offers as the choice, on the shipped question bank and every role of its
 * decision model: the recommended role, and nothing at all when nothing is recommended (the library's first
 * role by name is no recommendation). The page's menu starts on "Choose a role" then; AssessmentIT shows it.
 * And the steps by their address: which step a {@code step} parameter opens, where Back and Next lead, how
 * far each step is answered and which steps before this one were left with questions open.
 */
class AssessmentBackingTest {

    private static final BankContent BANK = QuestionBankJson.seed();
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** A shop that wants predictions while its data is scattered and untrusted: a data engineer first. */
    private static final Map<String, String> PREDICTIONS_WITHOUT_A_FOUNDATION = Map.ofEntries(
            Map.entry("goal", "predictive"), Map.entry("pain", "product-gap"), Map.entry("sources-integrated", "no"),
            Map.entry("central-store", "none"), Map.entry("data-quality", "untrusted"), Map.entry("pipelines", "none"),
            Map.entry("governance", "standard"), Map.entry("platform-change", "no"), Map.entry("decision-making", "gut-feel"),
            Map.entry("report-requests", "nobody"), Map.entry("metric-definitions", "undefined"), Map.entry("models-in-production", "none"),
            Map.entry("model-delivery", "nothing-yet"), Map.entry("ml-teams", "none"), Map.entry("llm-plans", "no"),
            Map.entry("ml-problem", "known"), Map.entry("existing-team", "nobody"), Map.entry("team-load", "no-team"),
            Map.entry("data-volume", "millions"), Map.entry("freshness", "daily"), Map.entry("reports-to", "product"),
            Map.entry("timeline", "next-year"), Map.entry("seniority", "senior"), Map.entry("location", "hybrid"),
            Map.entry("salary-budget", "market"));

    @Test
    void withNothingAnsweredNothingIsRecommendedAndNothingPreselected() {
        AssessmentBacking page = recommendationStepOf(new Assessment("mark", "First data hire", 1, NOW));

        assertEquals(0, page.getRecommendation().answered());
        assertTrue(page.getRecommendation().recommended().isEmpty(), "no answers, no recommendation");
        assertNull(page.getChosenRole(), "not " + page.getRoleChoices().values().iterator().next() + ", the first role by name");
    }

    @Test
    void theRecommendedRoleIsTheOnePreselected() {
        Assessment assessment = new Assessment("mark", "Personalisation", 1, NOW);
        PREDICTIONS_WITHOUT_A_FOUNDATION.forEach((question, answer) -> assessment.answer(question, answer, NOW));

        AssessmentBacking page = recommendationStepOf(assessment);

        assertEquals("data-engineer", page.getRecommendation().recommended().orElseThrow());
        assertEquals("data-engineer", page.getChosenRole());
    }

    @Test
    void aStepNumberOpensThatSectionBetweenItsNeighbours() {
        AssessmentBacking page = stepOf(new Assessment("mark", "Steps", 1, NOW), "3");

        assertEquals(BANK.questions().stream().map(Question::section).distinct().toList().get(2), page.getSection().name());
        assertEquals("2", page.getPreviousStep());
        assertEquals("4", page.getNextStep());
        assertFalse(page.isRecommendationStep());
    }

    @Test
    void theFirstStepHasNoStepBeforeItAndTheLastLeadsToTheRecommendation() {
        Assessment assessment = new Assessment("mark", "Ends", 1, NOW);
        AssessmentBacking first = stepOf(assessment, null);
        AssessmentBacking last = stepOf(assessment, String.valueOf(first.getSections().size()));

        assertEquals(0, first.getStep(), "without a step parameter an open assessment starts at the first step");
        assertNull(first.getPreviousStep());
        assertEquals("2", first.getNextStep());
        assertEquals(AssessmentBacking.RECOMMENDATION, last.getNextStep());
        assertTrue(stepOf(assessment, AssessmentBacking.RECOMMENDATION).isRecommendationStep());
    }

    @Test
    void eachStepCountsItsStoredAnswersAndTheProgressCountsThemAll() {
        Assessment assessment = new Assessment("mark", "Progress", 1, NOW);
        assessment.answer("goal", "predictive", NOW);
        assessment.answer("sources-integrated", "no", NOW);
        assessment.answer("central-store", "none", NOW);

        AssessmentBacking page = stepOf(assessment, "1");

        assertEquals(3, page.getAnsweredCount());
        assertEquals(BANK.questions().size(), page.getQuestionCount());
        AssessmentBacking.Step goal = page.getSteps().get(0);
        AssessmentBacking.Step foundation = page.getSteps().get(1);
        assertEquals(List.of(1, 2), List.of(goal.answered(), foundation.answered()));
        assertFalse(goal.complete(), "one of the goal and the pain: " + goal);
        assertEquals(foundation.questions() - 2, foundation.unanswered());
        assertEquals(List.of(), page.getSkipped(), "nothing is behind the first step");
    }

    @Test
    void theStepsLeftBehindWithQuestionsOpenAreTheSkippedOnes() {
        Assessment assessment = new Assessment("mark", "Skipping", 1, NOW);
        BANK.questions().stream().filter(question -> question.section().equals(BANK.questions().get(0).section()))
                .forEach(question -> assessment.answer(question.code(), question.answers().get(0).code(), NOW));
        assessment.answer("sources-integrated", "no", NOW);

        AssessmentBacking third = stepOf(assessment, "3");
        AssessmentBacking recommendation = stepOf(assessment, AssessmentBacking.RECOMMENDATION);

        assertEquals(List.of(2), third.getSkipped().stream().map(AssessmentBacking.Step::number).toList(),
                "the first step is answered, the second is not, the third is this one: " + third.getSkipped());
        assertEquals(recommendation.getSections().size() - 1, recommendation.getSkipped().size(),
                "on the recommendation every step with an open question: " + recommendation.getSkipped());
        assertEquals(List.of(), recommendationStepOf(new Assessment("mark", "Nothing yet", 1, NOW)).getSkipped(),
                "with nothing answered the recommendation says so, not every step again");
    }

    private static AssessmentBacking recommendationStepOf(Assessment assessment) {
        return stepOf(assessment, AssessmentBacking.RECOMMENDATION);
    }

    private static AssessmentBacking stepOf(Assessment assessment, String step) {
        List<Role> library = BANK.model().roles().keySet().stream()
                .map(slug -> new Role(new RoleSlug(slug), name(slug), "Data/AI", "The " + name(slug) + "."))
                .sorted(Comparator.comparing(Role::getName)).toList();
        AssessmentBacking page = new AssessmentBacking();
        page.assessments = new Assessments() {
            @Override
            public Assessment assessment(long id) {
                return assessment;
            }

            @Override
            public List<Question> questions(long id) {
                return BANK.questions();
            }

            @Override
            public Recommendation recommendation(long id) {
                return Recommendation.of(BANK.model(), BANK.questions(), assessment.getAnswers(),
                        library.stream().map(role -> role.getSlug().value()).toList());
            }
        };
        page.roleLibrary = new RoleLibrary() {
            @Override
            public List<Role> publishedRoles() {
                return library;
            }
        };
        page.setId(1L);
        page.setStepParameter(step);
        page.load();
        return page;
    }

    /** "data-engineer" to "Data Engineer". */
    private static String name(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("-")) {
            name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
