package app.rolewise.hiring.description.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A job description drafted from a manager's assessment: its facts (title, organisation, where, salary),
 * its sections, and where it stands in HR's review. The review rules live here: a manager edits only a
 * draft or a description sent back; HR decides only on one in review; an approved description is locked
 * until the manager starts a new revision, which needs approval again.
 */
@Entity
@Table(name = "job_description")
@NamedQuery(name = JobDescription.BY_ID, query = "select d from JobDescription d where d.id = :id")
@NamedQuery(name = JobDescription.OF_ASSESSMENT, query = "select d from JobDescription d where d.assessmentId = :assessment")
@NamedQuery(name = JobDescription.OWNERS, query = "select distinct d.owner from JobDescription d order by d.owner")
@NamedQuery(name = JobDescription.IN_STATE, query = "select d from JobDescription d where d.state = :state order by d.updatedAt, d.id")
@NamedQuery(name = JobDescription.OF_OWNER_IN_STATE, query = "select d from JobDescription d where d.owner = :owner and d.state = :state order by d.updatedAt, d.id")
public class JobDescription implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_ID = "JobDescription.byId";
    public static final String OF_ASSESSMENT = "JobDescription.ofAssessment";
    public static final String OWNERS = "JobDescription.owners";
    public static final String IN_STATE = "JobDescription.inState";
    public static final String OF_OWNER_IN_STATE = "JobDescription.ofOwnerInState";
    public static final int TITLE_MAX = 160;
    /** The most descriptions a list shows at once. */
    public static final int PAGE_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "assessment_id", nullable = false, unique = true)
    private Long assessmentId;

    @Column(nullable = false, length = 120)
    private String owner;

    @Column(name = "role_slug", nullable = false, length = 80)
    private String roleSlug;

    @Column(name = "role_name", nullable = false, length = 120)
    private String roleName;

    @Column(name = "onet_soc_code", length = 10)
    private String onetSocCode;

    @Column(name = "isco08_code", length = 4)
    private String isco08Code;

    @NotBlank(message = "{description.title.required}")
    @Size(max = TITLE_MAX, message = "{description.title.size}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Valid
    @Embedded
    private PostingFacts facts;

    // a page of the list loads its descriptions' sections in one statement, not one per row
    @BatchSize(size = PAGE_MAX)
    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_description_section", joinColumns = @JoinColumn(name = "description_id"))
    @OrderColumn(name = "position")
    private List<Section> sections = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DescriptionState state;

    /** The number of the latest revision: every save of the text adds one. */
    @Column(nullable = false)
    private int revision;

    /** The revision HR approved last; null until the first approval. */
    @Column(name = "approved_revision")
    private Integer approvedRevision;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobDescription() {
        // for JPA
    }

    public JobDescription(long assessmentId, String owner, String roleSlug, String roleName, String onetSocCode,
                          String isco08Code, DescriptionContent content, Instant now) {
        this.assessmentId = assessmentId;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.roleSlug = Objects.requireNonNull(roleSlug, "roleSlug");
        this.roleName = Objects.requireNonNull(roleName, "roleName");
        this.onetSocCode = onetSocCode;
        this.isco08Code = isco08Code;
        this.state = DescriptionState.DRAFT;
        this.createdAt = now;
        apply(content, now);
    }

    public boolean isOwnedBy(String userName) {
        return owner.equals(userName);
    }

    /** Whether saving this content would change anything; the content is kept as a save stores it. */
    public boolean differsFrom(DescriptionContent edited) {
        return !edited.equals(content());
    }

    /** Whether the facts the Location and Salary sections restate differ from the stored ones. */
    public boolean factsDifferFrom(DescriptionContent edited) {
        PostingFacts next = edited.facts();
        return next.workplace() != facts.workplace() || !next.location().equals(facts.location())
                || !Objects.equals(next.salary(), facts.salary());
    }

    /** A new revision of the text; only a draft or a description sent back with changes can be edited. */
    public void revise(DescriptionContent content, Instant now) {
        if (!isEditable()) {
            throw new ReviewStepException(state, isApproved()
                    ? "refused.review.approvedLocked" : "refused.review.inReview");
        }
        apply(content, now);
    }

    private void apply(DescriptionContent content, Instant now) {
        title = content.title();
        facts = content.facts();
        sections.clear();
        Arrays.stream(SectionKind.values()).map(kind -> new Section(kind, content.section(kind))).forEach(sections::add);
        revision++;
        updatedAt = now;
    }

    public void submitForReview(Instant now) {
        if (!isEditable()) {
            throw new ReviewStepException(state, "refused.review.notSubmittable");
        }
        List<SectionKind> empty = missingSections();
        if (!empty.isEmpty()) {
            throw new ReviewStepException(state, "refused.review.sectionsMissing",
                    empty.stream().map(SectionKind::heading).collect(Collectors.joining(", ")));
        }
        state = DescriptionState.IN_REVIEW;
        updatedAt = now;
    }

    /** The sections a candidate cannot do without; the others may stay empty and are then left out. */
    public List<SectionKind> missingSections() {
        return List.of(SectionKind.SUMMARY, SectionKind.RESPONSIBILITIES, SectionKind.MUST_HAVE, SectionKind.EQUAL_OPPORTUNITY)
                .stream().filter(kind -> section(kind).isEmpty()).toList();
    }

    public void withdraw(Instant now) {
        requireInReview("refused.review.withdraw");
        state = DescriptionState.DRAFT;
        updatedAt = now;
    }

    public void requestChanges(Instant now) {
        requireInReview("refused.review.sendBack");
        state = DescriptionState.CHANGES_REQUESTED;
        updatedAt = now;
    }

    public void approve(Instant now) {
        requireInReview("refused.review.approve");
        state = DescriptionState.APPROVED;
        approvedRevision = revision;
        approvedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        updatedAt = now;
    }

    /** Unlocks an approved description for changes; what is approved stays on record in the history. */
    public void reopen(Instant now) {
        if (!isApproved()) {
            throw new ReviewStepException(state, "refused.review.notApproved");
        }
        state = DescriptionState.DRAFT;
        updatedAt = now;
    }

    private void requireInReview(String refusal) {
        if (!isAwaitingReview()) {
            throw new ReviewStepException(state, refusal);
        }
    }

    /** Whether the manager may change the text and submit it: a draft, or one sent back with changes requested. */
    public boolean isEditable() {
        return state.isEditable();
    }

    /** Whether it is with HR: HR approves it or sends it back, and the manager may withdraw it. */
    public boolean isAwaitingReview() {
        return state == DescriptionState.IN_REVIEW;
    }

    /** Whether HR approved it as it stands: locked until the manager reopens it, and the only text job boards get. */
    public boolean isApproved() {
        return state == DescriptionState.APPROVED;
    }

    public String section(SectionKind kind) {
        return sections.stream().filter(section -> section.getKind() == kind).map(Section::getBody).findFirst().orElse("");
    }

    public DescriptionContent content() {
        Map<SectionKind, String> bodies = new EnumMap<>(SectionKind.class);
        sections.forEach(section -> bodies.put(section.getKind(), section.getBody()));
        return new DescriptionContent(title, facts, bodies);
    }

    /** The current revision as it is exported: dated by its approval, or by today while it is not approved. */
    public Posting posting(LocalDate today) {
        return new Posting(title, facts, isApproved() ? approvedOn : today, onetSocCode, isco08Code,
                sections.stream().map(Section::toPosting).toList(),
                isApproved() ? Posting.Standing.approved(revision) : Posting.Standing.draft(revision));
    }

    /**
     * The approved revision as job boards keep getting it while a newer one is drafted, from that revision's text
     * in the history; the current revision itself when it is the approved one.
     */
    public Posting approvedPosting(DescriptionContent approvedText) {
        if (approvedRevision == null) {
            throw new ReviewStepException(state, "refused.export.notApproved");
        }
        return new Posting(approvedText.title(), approvedText.facts(), approvedOn, onetSocCode, isco08Code,
                Arrays.stream(SectionKind.values()).map(kind -> new PostingSection(kind, approvedText.section(kind))).toList(),
                Posting.Standing.approved(approvedRevision));
    }

    /** Whether an approved revision is published while the text is open again for a newer one. */
    public boolean isPublishedWhileRevised() {
        return approvedRevision != null && !isApproved();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getOwner() {
        return owner;
    }

    public String getRoleSlug() {
        return roleSlug;
    }

    public String getRoleName() {
        return roleName;
    }

    public String getOnetSocCode() {
        return onetSocCode;
    }

    public String getIsco08Code() {
        return isco08Code;
    }

    public String getTitle() {
        return title;
    }

    public PostingFacts getFacts() {
        return facts;
    }

    public List<Section> getSections() {
        return List.copyOf(sections);
    }

    public DescriptionState getState() {
        return state;
    }

    public int getRevision() {
        return revision;
    }

    public Integer getApprovedRevision() {
        return approvedRevision;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
