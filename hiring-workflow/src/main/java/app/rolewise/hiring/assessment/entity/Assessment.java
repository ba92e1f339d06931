package app.rolewise.hiring.assessment.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A manager's needs assessment: which answer they gave to each question (saved as they go, so nothing is
 * lost), and in the end the role they chose, with their reason when it is not the recommended one. It runs
 * on the version of the question bank that was current when it started, whatever admins change later; the
 * choice keeps every role's score at that moment.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(name = Assessment.OWNERS, query = "select distinct a.owner from Assessment a order by a.owner")
public class Assessment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OWNERS = "Assessment.owners";
    public static final int TITLE_MAX = 120;
    public static final int REASON_MAX = 1000;
    public static final int FOCUS_MAX = 4;
    /** The most assessments a list shows at once. */
    public static final int PAGE_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 120)
    private String owner;

    @NotBlank(message = "{assessment.title.required}")
    @Size(max = TITLE_MAX, message = "{assessment.title.size}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssessmentStatus status;

    // a page of the list loads its assessments' answers and scores in one statement each, not one per row
    @BatchSize(size = Assessment.PAGE_MAX)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "question_code", length = 60)
    @Column(name = "answer_code", nullable = false, length = 60)
    private Map<String, String> answers = new HashMap<>();

    @Column(name = "bank_version", nullable = false)
    private int bankVersion;

    @BatchSize(size = Assessment.PAGE_MAX)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "role_slug", length = 80)
    @Column(name = "score", nullable = false)
    private Map<String, Integer> scores = new HashMap<>();

    @Column(name = "focus_roles", length = 400)
    private String focusRoles;

    @Column(name = "chosen_role", length = 80)
    private String chosenRole;

    @Column(name = "recommended_role", length = 80)
    private String recommendedRole;

    @Column(name = "choice_reason", length = REASON_MAX)
    private String choiceReason;

    /** Off the list (shown only by its "archived" filter) until restored; nothing else about it changes. */
    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Assessment() {
        // for JPA
    }

    public Assessment(String owner, String title, int bankVersion, Instant now) {
        this(owner, title, bankVersion, List.of(), now);
    }

    /**
     * @param focusRoles the roles (URL names) the manager compared before starting, kept so the
     *                   recommendation can speak to them; at most {@value #FOCUS_MAX}
     */
    public Assessment(String owner, String title, int bankVersion, List<String> focusRoles, Instant now) {
        if (focusRoles.size() > FOCUS_MAX) {
            throw new IllegalArgumentException("At most " + FOCUS_MAX + " roles can be in focus");
        }
        this.focusRoles = focusRoles.isEmpty() ? null : String.join(",", focusRoles);
        if (bankVersion < 1) {
            throw new IllegalArgumentException("An assessment runs on a saved question bank version, not " + bankVersion);
        }
        this.owner = Objects.requireNonNull(owner, "owner");
        this.bankVersion = bankVersion;
        this.title = title == null ? null : title.strip();
        this.status = AssessmentStatus.IN_PROGRESS;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean isOwnedBy(String userName) {
        return owner.equals(userName);
    }

    /** Records (or changes) one answer; a chosen role is kept, since the choice was made on the answers then. */
    public void answer(String questionCode, String answerCode, Instant now) {
        Objects.requireNonNull(questionCode, "question");
        requireOpen();
        if (answerCode == null) {
            answers.remove(questionCode);
        } else {
            answers.put(questionCode, answerCode);
        }
        updatedAt = now;
    }

    /**
     * The manager's decision. Choosing anything but the recommended role needs a reason, so that the
     * decision can be understood later. {@code scores} are every candidate role's score (by URL name) on
     * the answers and the bank version the choice was made on.
     */
    public void choose(String roleSlug, String recommended, String reason, Map<String, Integer> scores, Instant now) {
        Objects.requireNonNull(roleSlug, "role");
        requireOpen();
        String why = reason == null ? null : reason.strip();
        if (!roleSlug.equals(recommended) && (why == null || why.isEmpty())) {
            throw new ChoiceNeedsReasonException(roleSlug, recommended);
        }
        if (why != null && why.length() > REASON_MAX) {
            throw new IllegalArgumentException("A reason is at most " + REASON_MAX + " characters");
        }
        chosenRole = roleSlug;
        recommendedRole = recommended;
        this.scores.clear();
        this.scores.putAll(Objects.requireNonNull(scores, "scores"));
        choiceReason = why == null || why.isEmpty() ? null : why;
        status = AssessmentStatus.ROLE_CHOSEN;
        updatedAt = now;
    }

    /**
     * Moves an open assessment to another version of the question bank, keeping the answers that version still
     * asks for (the same question with the same answer); the others are asked again.
     */
    public void moveTo(int bankVersion, BiPredicate<String, String> stillAsked, Instant now) {
        requireOpen();
        if (bankVersion < 1) {
            throw new IllegalArgumentException("An assessment runs on a saved question bank version, not " + bankVersion);
        }
        this.bankVersion = bankVersion;
        answers.entrySet().removeIf(answer -> !stillAsked.test(answer.getKey(), answer.getValue()));
        updatedAt = now;
    }

    /**
     * A new assessment of the same owner with this one's focus and the answers that {@code bankVersion} still asks
     * for (the same question with the same answer, as when an open assessment moves to another version). The choice
     * is not copied: a copy is there to be answered again, differently where the situation differs. A title longer
     * than {@value #TITLE_MAX} characters (the original's with words before it) is cut with an ellipsis.
     */
    public Assessment copy(String title, int bankVersion, BiPredicate<String, String> stillAsked, Instant now) {
        Assessment copy = new Assessment(owner, fitted(title), bankVersion, getFocusRoles(), now);
        answers.forEach((question, answer) -> {
            if (stillAsked.test(question, answer)) {
                copy.answers.put(question, answer);
            }
        });
        return copy;
    }

    private static String fitted(String title) {
        String stripped = title == null ? null : title.strip();
        return stripped == null || stripped.length() <= TITLE_MAX ? stripped : stripped.substring(0, TITLE_MAX - 1).strip() + "…";
    }

    /** Takes the assessment off the list; answers, choice and last change stay as they are. False when it already was. */
    public boolean archive() {
        boolean changes = !archived;
        archived = true;
        return changes;
    }

    /** Puts an archived assessment back on the list. False when it was not archived. */
    public boolean restore() {
        boolean changes = archived;
        archived = false;
        return changes;
    }

    public boolean isArchived() {
        return archived;
    }

    /** The job description is drafted from the choice: from now on answers and choice stay as they are. */
    public void describe(Instant now) {
        if (status != AssessmentStatus.ROLE_CHOSEN) {
            throw new AssessmentClosedException();
        }
        status = AssessmentStatus.DESCRIBED;
        updatedAt = now;
    }

    private void requireOpen() {
        if (status == AssessmentStatus.DESCRIBED) {
            throw new AssessmentClosedException();
        }
    }

    public boolean isDescribed() {
        return status == AssessmentStatus.DESCRIBED;
    }

    /** The roles compared before this assessment started, in the order they were compared. */
    public List<String> getFocusRoles() {
        return focusRoles == null ? List.of() : List.of(focusRoles.split(","));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public Map<String, String> getAnswers() {
        return Map.copyOf(answers);
    }

    public int getAnswerCount() {
        return answers.size();
    }

    public int getBankVersion() {
        return bankVersion;
    }

    /** Every role's score when the role was chosen, by URL name; empty before. */
    public Map<String, Integer> getScores() {
        return Map.copyOf(scores);
    }

    public String getChosenRole() {
        return chosenRole;
    }

    public String getRecommendedRole() {
        return recommendedRole;
    }

    public String getChoiceReason() {
        return choiceReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
