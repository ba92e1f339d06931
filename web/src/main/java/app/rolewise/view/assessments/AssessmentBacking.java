package app.rolewise.view.assessments;

import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.assessment.entity.AssessmentClosedException;
import app.rolewise.hiring.assessment.entity.ChoiceNeedsReasonException;
import app.rolewise.hiring.recommendation.entity.Answer;
import app.rolewise.hiring.recommendation.entity.Question;
import app.rolewise.hiring.recommendation.entity.Recommendation;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.view.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs one assessment ({@code /assessments/assessment.xhtml?id=…}): the questions section by section,
 * each answer stored as soon as it is picked; the last step shows the recommendation (and which question
 * bank version it was computed on) and takes the choice.
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assessments assessments;

    @Inject
    transient RoleLibrary roleLibrary;

    private Long id;
    private Assessment assessment;
    private final Map<String, String> answers = new HashMap<>();
    private List<Section> sections;
    private int step;
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

    public void load() throws IOException {
        try {
            assessment = assessments.assessment(id == null ? -1 : id);
        } catch (NotYoursException notYours) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "Not your assessment");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
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
        step = assessment.getChosenRole() != null ? sections.size() : 0;
        if (step == sections.size()) {
            recommend();
        }
    }

    /** Stores the answer just picked. */
    public void save(String questionCode) {
        try {
            assessment = assessments.answer(id, questionCode, answers.get(questionCode));
        } catch (AssessmentClosedException closed) {
            Feedback.warn("assessment.closed");
        } catch (InvalidContentException | NotYoursException refused) {
            Feedback.warn("assessment.notSaved");
        }
    }

    public void next() {
        step = Math.min(step + 1, sections.size());
        if (step == sections.size()) {
            recommend();
        }
    }

    public void back() {
        step = Math.max(step - 1, 0);
    }

    public void goTo(int index) {
        step = Math.max(0, Math.min(index, sections.size()));
        if (step == sections.size()) {
            recommend();
        }
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
        changes = recommendation.counterfactuals().stream().map(change -> {
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
        } catch (AssessmentClosedException closed) {
            Feedback.warn("assessment.closed");
        } catch (ChoiceNeedsReasonException needsReason) {
            Feedback.warnAt("wizard:reason", "assessment.reasonNeeded");
        } catch (InvalidContentException invalid) {
            invalid.problems().forEach(Feedback::warnText);
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
