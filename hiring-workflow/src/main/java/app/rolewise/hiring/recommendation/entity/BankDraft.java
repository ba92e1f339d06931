package app.rolewise.hiring.recommendation.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The question bank as an admin edits it, read from one saved version ({@link #getBaseVersion()}): saving
 * it is refused when someone saved a newer version meanwhile. Its rules are Bean Validation constraints;
 * the cross-checks (codes unique, effects, coverage and prerequisites only on the model's needs) are
 * {@link ConsistentBank}. Admins edit the questions, their answers' effects on the needs, and each role's
 * coverage of the needs and prerequisites; the list of needs is kept as the version has it.
 */
@ConsistentBank
public class BankDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int QUESTIONS_MAX = 60;

    private final int baseVersion;

    private final List<Need> needs;

    @Valid
    private final List<@NotNull CoverageDraft> coverage = new ArrayList<>();

    @Valid
    @Size(min = 1, max = QUESTIONS_MAX, message = "{questionBank.questions.size}")
    private final List<@NotNull QuestionDraft> questions = new ArrayList<>();

    private BankDraft(int baseVersion, List<Need> needs) {
        this.baseVersion = baseVersion;
        this.needs = List.copyOf(needs);
    }

    public static BankDraft of(int baseVersion, BankContent content) {
        BankDraft draft = new BankDraft(baseVersion, content.model().needs());
        content.questions().forEach(question -> draft.questions.add(QuestionDraft.of(question)));
        new java.util.TreeMap<>(content.model().roles())
                .forEach((role, covers) -> draft.coverage.add(CoverageDraft.of(role, covers)));
        return draft;
    }

    public static BankDraft of(BankVersion version) {
        return of(version.number(), version.content());
    }

    /** The bank as the recommender reads it. Only for a draft that passed validation. */
    public BankContent toContent() {
        java.util.Map<String, RoleCoverage> roles = new java.util.LinkedHashMap<>();
        coverage.forEach(role -> roles.put(role.getRole(), role.toCoverage()));
        return new BankContent(new DecisionModel(needs, roles), questions.stream().map(QuestionDraft::toQuestion).toList());
    }

    /** The needs answers may raise or lessen and roles may cover, in the model's order. */
    public List<Need> needs() {
        return needs;
    }

    /** A role's coverage, added empty for a role the model does not describe yet. */
    public CoverageDraft coverageOf(String role) {
        return coverage.stream().filter(draft -> draft.getRole().equals(role)).findFirst().orElseGet(() -> {
            CoverageDraft added = new CoverageDraft(role);
            coverage.add(added);
            return added;
        });
    }

    public Optional<QuestionDraft> question(String code) {
        return questions.stream().filter(question -> Objects.equals(question.getCode(), code)).findFirst();
    }

    /** A new question at the end of its section (or of the bank, for a new section). */
    public QuestionDraft addQuestion(String section) {
        QuestionDraft question = new QuestionDraft();
        question.setSection(section);
        int last = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (Objects.equals(questions.get(i).getSection(), section)) {
                last = i;
            }
        }
        questions.add(last < 0 ? questions.size() : last + 1, question);
        return question;
    }

    public boolean removeQuestion(String code) {
        return questions.removeIf(question -> Objects.equals(question.getCode(), code));
    }

    /** The sections in the order the assessment shows them. */
    public List<String> sections() {
        return questions.stream().map(QuestionDraft::getSection).filter(Objects::nonNull).distinct().toList();
    }

    public List<QuestionDraft> questionsIn(String section) {
        return questions.stream().filter(question -> Objects.equals(question.getSection(), section)).toList();
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public List<QuestionDraft> getQuestions() {
        return questions;
    }

    public List<CoverageDraft> getCoverage() {
        return coverage;
    }

    /** Whether a need code is one of the model's. */
    public boolean knowsNeed(String code) {
        return needs.stream().anyMatch(need -> need.code().equals(code));
    }
}
