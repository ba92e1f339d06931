package app.rolewise.view.assessments;

import app.rolewise.content.RefusedException;
import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.assessment.entity.ChoiceNeedsReasonException;
import app.rolewise.hiring.recommendation.entity.Answer;
import app.rolewise.hiring.recommendation.entity.Question;
import app.rolewise.hiring.recommendation.entity.Recommendation;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.view.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs one step of an assessment ({@code /assessments/assessment?id=…&step=…}): the questions of one section,
 * each answer stored as soon as it is picked, or, at {@code step=recommendation}, the recommendation (and which
 * question bank version it was computed on) and the choice. Each step is its own address, so that the browser's
 * Back and Forward move between steps and a step can be bookmarked or reloaded.
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The {@code step} parameter of the recommendation; the sections are steps 1 to their number. */
    public static final String RECOMMENDATION = "recommendation";

    /** Longer numbers name no step; read no further than this (a URL parameter can be anything). */
    private static final java.util.regex.Pattern STEP_NUMBER = java.util.regex.Pattern.compile("[1-9][0-9]{0,2}");

    @Inject
    transient Assessments assessments;

    @Inject
    transient RoleLibrary roleLibrary;

    private Long id;
    private String stepParameter;
    private Assessment assessment;
    private final Map<String, String> answers = new HashMap<>();
    private List<Section> sections;
    private int step;
    private String previousStep;
    private String nextStep;
    private List<Step> steps = List.of();
    private List<Step> skipped = List.of();
    private int answeredCount;
    private int questionCount;
    private Recommendation recommendation;
    private Map<String, String> roleNames;
    private Map<String, String> roleChoices;
    private String chosenRole;
    private String reason;
    private String recordedScores;
    private String contenderNames;
    private String contenderSlugs;
    private String topTwoSlugs;
    private String unansweredSections;
    private List<Change> changes = List.of();
    private Map<String, String> needNames = Map.of();

    /** "Had {@code question} been answered {@code answer}, the recommendation would be {@code role}." */
    public record Change(String question, String answer, String role) implements Serializable {
    }

    /** A step of the wizard: the questions of one section. */
    public record Section(String name, List<Question> questions) implements Serializable {
    }

    /** How far one section is answered: step {@code number} (from 1) asks {@code questions}, {@code answered} of them answered. */
    public record Step(int number, String name, int questions, int answered) implements Serializable {

        public boolean complete() {
            return answered == questions;
        }

        public int unanswered() {
            return questions - answered;
        }
    }

    /** Someone else's assessment and an unknown id are refused by the boundary; web.xml answers that with 403. */
    public void load() {
        assessment = assessments.assessment(id == null ? -1 : id);
        answers.putAll(assessment.getAnswers());
        Map<String, List<Question>> bySection = new LinkedHashMap<>();
        assessments.questions(id).forEach(q -> bySection.computeIfAbsent(q.section(), s -> new ArrayList<>()).add(q));
        sections = bySection.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
        roleNames = new LinkedHashMap<>();
        roleChoices = new LinkedHashMap<>();
        roleLibrary.publishedRoles().forEach(role -> {
            roleNames.put(role.getSlug().value(), role.getName());
            roleChoices.put(role.getName(), role.getSlug().value());
        });
        recordedScores = recordedScores(assessment);
        chosenRole = assessment.getChosenRole();
        reason = assessment.getChoiceReason();
        step = stepNamed(stepParameter);
        previousStep = step == 0 ? null : String.valueOf(step);
        nextStep = step + 1 < sections.size() ? String.valueOf(step + 2) : RECOMMENDATION;
        if (isRecommendationStep()) {
            recommend();
        }
        count();
    }

    /**
     * The step (from 0; the number of sections is the recommendation) the {@code step} parameter names: a section's
     * number from 1, or {@link #RECOMMENDATION}. Without one, an assessment opens where it stands: on the
     * recommendation once a role is chosen, else on the first step; any other value gets the first step, and says so.
     */
    private int stepNamed(String named) {
        if (named == null || named.isBlank()) {
            return assessment.getChosenRole() != null ? sections.size() : 0;
        }
        if (RECOMMENDATION.equals(named)) {
            return sections.size();
        }
        if (STEP_NUMBER.matcher(named).matches() && Integer.parseInt(named) <= sections.size()) {
            return Integer.parseInt(named) - 1;
        }
        Feedback.warn("assessment.noSuchStep", sections.size());
        return 0;
    }

    /** Stores the answer just picked; the steps and the progress then count it. */
    public void save(String questionCode) {
        try {
            assessment = assessments.answer(id, questionCode, answers.get(questionCode));
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
        count();
    }

    /**
     * How far each step is answered, by the stored answers, and the steps before this one left with
     * unanswered questions: skipping is allowed, but not silently.
     */
    private void count() {
        Map<String, String> stored = assessment.getAnswers();
        List<Step> counted = new ArrayList<>();
        for (Section section : sections) {
            int answered = (int) section.questions().stream().filter(question -> stored.containsKey(question.code())).count();
            counted.add(new Step(counted.size() + 1, section.name(), section.questions().size(), answered));
        }
        steps = List.copyOf(counted);
        answeredCount = steps.stream().mapToInt(Step::answered).sum();
        questionCount = steps.stream().mapToInt(Step::questions).sum();
        // with nothing answered, the recommendation says so itself: a line for every step would only repeat it
        skipped = isRecommendationStep() && answeredCount == 0 ? List.of()
                : steps.subList(0, step).stream().filter(left -> !left.complete()).toList();
    }

    /**
     * The recommendation, and what the page says of it in words: the close roles, the top two to compare,
     * the answers that would change it, the sections still open.
     */
    private void recommend() {
        recommendation = assessments.recommendation(id);
        if (assessment.getChosenRole() == null) {
            // the role to hire now is the pre-selected choice; choosing it needs no reason
            chosenRole = recommendation.recommended().orElse(null);
        }
        List<String> contenders = recommendation.hasClearWinner() ? List.of() : recommendation.contenders();
        contenderNames = contenders.stream().map(this::nameOf).collect(java.util.stream.Collectors.joining(", "));
        // the compare page takes two to four roles
        contenderSlugs = String.join(",", contenders.subList(0, Math.min(4, contenders.size())));
        List<String> fitting = recommendation.ranking().stream().filter(score -> score.fit() > 0)
                .map(Recommendation.RoleScore::roleSlug).limit(2).toList();
        topTwoSlugs = fitting.size() == 2 ? String.join(",", fitting) : null;
        unansweredSections = String.join(", ", recommendation.unansweredSections());
        Map<String, Question> questions = new HashMap<>();
        sections.forEach(section -> section.questions().forEach(question -> questions.put(question.code(), question)));
        // a counterfactual names a question of the assessment's bank version, which the sections were read from
        changes = recommendation.counterfactuals().stream().filter(change -> questions.containsKey(change.questionCode())).map(change -> {
            Question question = questions.get(change.questionCode());
            return new Change(question.text(), question.answer(change.answerCode()).map(Answer::text).orElse(change.answerCode()),
                    change.role());
        }).toList();
        needNames = new HashMap<>();
        recommendation.needs().forEach(need -> needNames.put(need.need().code(), need.need().name()));
    }

    /** The names of the raised needs a role covers, e.g. "Integrated data, Reliable, timely pipelines". */
    public String coveredBy(Recommendation.RoleScore score) {
        return score.covered().stream().map(code -> needNames.getOrDefault(code, code)).collect(java.util.stream.Collectors.joining(", "));
    }

    public String getTopTwoSlugs() {
        return topTwoSlugs;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public String getContenderNames() {
        return contenderNames;
    }

    public String getContenderSlugs() {
        return contenderSlugs;
    }

    public String getUnansweredSections() {
        return unansweredSections;
    }

    public void choose() {
        try {
            assessment = assessments.choose(id, chosenRole, reason);
            recordedScores = recordedScores(assessment);
            Feedback.info("assessment.chosen", roleNames.getOrDefault(chosenRole, chosenRole));
        } catch (ChoiceNeedsReasonException needsReason) {
            Feedback.warnAt("wizard:reason", needsReason);
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
    }

    public String nameOf(String slug) {
        return roleNames.getOrDefault(slug, slug);
    }

    /** The scores kept with the choice, highest first, e.g. "Data Engineer 7, Data Analyst 3". */
    private String recordedScores(Assessment recorded) {
        return recorded.getScores().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(score -> nameOf(score.getKey()) + " " + score.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String getRecordedScores() {
        return recordedScores;
    }

    public boolean isRecommendationStep() {
        return sections != null && step == sections.size();
    }

    public Section getSection() {
        return isRecommendationStep() ? null : sections.get(step);
    }

    public Long getId() {
        return id;
    }

    public String getStepParameter() {
        return stepParameter;
    }

    public void setStepParameter(String stepParameter) {
        this.stepParameter = stepParameter;
    }

    /** The {@code step} parameter of the step before this one; none on the first. */
    public String getPreviousStep() {
        return previousStep;
    }

    /** The {@code step} parameter of the step after this one: the next section, or the recommendation after the last. */
    public String getNextStep() {
        return nextStep;
    }

    /** Every section's step, in order, with how far it is answered. */
    public List<Step> getSteps() {
        return steps;
    }

    /**
     * The steps before this one (all of them, on the recommendation, unless nothing at all is answered) that have
     * unanswered questions.
     */
    public List<Step> getSkipped() {
        return skipped;
    }

    public int getAnsweredCount() {
        return answeredCount;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public List<Section> getSections() {
        return sections;
    }

    public int getStep() {
        return step;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    /** Published roles to choose from: name to URL name. */
    public Map<String, String> getRoleChoices() {
        return roleChoices;
    }

    public String getChosenRole() {
        return chosenRole;
    }

    public void setChosenRole(String chosenRole) {
        this.chosenRole = chosenRole;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
