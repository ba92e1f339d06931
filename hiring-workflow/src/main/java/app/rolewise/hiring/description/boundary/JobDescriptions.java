package app.rolewise.hiring.description.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.assessment.entity.AssessmentStatus;
import app.rolewise.hiring.description.control.DescriptionDrafter;
import app.rolewise.hiring.description.control.DescriptionJson;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.DescriptionState;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.ReviewAction;
import app.rolewise.hiring.description.entity.ReviewComment;
import app.rolewise.hiring.description.entity.ReviewDecision;
import app.rolewise.hiring.description.entity.ReviewStepException;
import app.rolewise.hiring.description.entity.Section;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.ContentVersion;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Job descriptions from draft to approval. Managers draft from their own assessments and edit their own
 * descriptions; HR reads all and decides on those in review. Who may do what is checked here, on every
 * call, so no page or guessed id gets around it. Every change of text is a revision in the content
 * history; every step of the review is a decision on record.
 */
@Stateless
public class JobDescriptions {

    public static final String HISTORY_KIND = "job-description";
    private static final String HR = "hr";
    private static final DescriptionDrafter DRAFTER = new DescriptionDrafter();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Assessments assessments;

    @Inject
    RoleLibrary roleLibrary;

    @Inject
    ContentHistory history;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    Clock clock = Clock.systemUTC();

    /** Drafts the description of an assessment's chosen role; an assessment has one description. */
    @RolesAllowed("manager")
    public JobDescription draft(long assessmentId, PostingFacts facts) {
        Assessment assessment = assessments.assessment(assessmentId);
        if (!assessment.isOwnedBy(caller())) {
            throw new NotYoursException("assessment", assessmentId);
        }
        // two drafts of one assessment at once (two tabs, a double click): the second waits, then is told
        em.refresh(assessment, LockModeType.PESSIMISTIC_WRITE);
        if (assessment.isDescribed() || ofAssessment(assessmentId).isPresent()) {
            throw new InvalidContentException(List.of("This assessment already has a job description."));
        }
        if (assessment.getStatus() != AssessmentStatus.ROLE_CHOSEN || assessment.getChosenRole() == null) {
            throw new InvalidContentException(List.of("Choose a role before drafting its job description."));
        }
        Role role = chosenRole(assessment);
        DescriptionContent content = DRAFTER.draft(role, assessment.getAnswers(), facts);
        JobDescription description = new JobDescription(assessmentId, caller(), role.getSlug().value(), role.getName(),
                role.getOnetSocCode(), role.getIsco08Code(), content, now());
        check(description);
        em.persist(description);
        assessment.describe(now());
        em.flush();
        history.record(HISTORY_KIND, description.getId(), caller(), "Drafted from the assessment", DescriptionJson.write(content));
        decide(description, ReviewAction.DRAFTED, null);
        audit.record("DRAFTED", HISTORY_KIND, String.valueOf(description.getId()), description.getTitle());
        return description;
    }

    /**
     * What {@link #draft} would write for these facts, without storing anything: lets a manager see the
     * first version before committing to it.
     */
    @RolesAllowed({"manager", "hr"})
    public DescriptionContent preview(long assessmentId, PostingFacts facts) {
        Assessment assessment = assessments.assessment(assessmentId);
        return DRAFTER.draft(chosenRole(assessment), assessment.getAnswers(), facts);
    }

    private Role chosenRole(Assessment assessment) {
        if (assessment.getChosenRole() == null) {
            throw new InvalidContentException(List.of("Choose a role before drafting its job description."));
        }
        return roleLibrary.publishedRole(new RoleSlug(assessment.getChosenRole())).orElseThrow(() ->
                new InvalidContentException(List.of("The chosen role is no longer published in the library; choose again.")));
    }

    @RolesAllowed({"manager", "hr"})
    public Optional<JobDescription> ofAssessment(long assessmentId) {
        return em.createNamedQuery(JobDescription.OF_ASSESSMENT, JobDescription.class)
                .setParameter("assessment", assessmentId)
                .getResultStream()
                .filter(this::visible)
                .findFirst();
    }

    @RolesAllowed({"manager", "hr"})
    public JobDescription description(long id) {
        JobDescription description = em.find(JobDescription.class, id);
        if (description == null || !visible(description)) {
            throw new NotYoursException(HISTORY_KIND, id);
        }
        return description;
    }

    /** A manager's own descriptions, or every description for HR; most recently changed first. */
    @RolesAllowed({"manager", "hr"})
    public List<JobDescription> visible(int first, int size) {
        var query = isHr()
                ? em.createNamedQuery(JobDescription.ALL, JobDescription.class)
                : em.createNamedQuery(JobDescription.OF_OWNER, JobDescription.class).setParameter("owner", caller());
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"manager", "hr"})
    public long countVisible() {
        return isHr()
                ? em.createNamedQuery(JobDescription.COUNT_ALL, Long.class).getSingleResult()
                : em.createNamedQuery(JobDescription.COUNT_OF_OWNER, Long.class).setParameter("owner", caller()).getSingleResult();
    }

    /** What waits for the caller: for HR the descriptions in review, for a manager those sent back to them. */
    @RolesAllowed({"manager", "hr"})
    public List<JobDescription> waitingForMe() {
        if (isHr()) {
            return em.createNamedQuery(JobDescription.IN_STATE, JobDescription.class)
                    .setParameter("state", DescriptionState.IN_REVIEW).getResultList();
        }
        return em.createNamedQuery(JobDescription.OF_OWNER_IN_STATE, JobDescription.class)
                .setParameter("owner", caller()).setParameter("state", DescriptionState.CHANGES_REQUESTED).getResultList();
    }

    /**
     * Saves the manager's edit as a new revision, unless someone saved in between (then nothing is
     * overwritten and the caller is told).
     */
    @RolesAllowed("manager")
    public JobDescription save(long id, long expectedVersion, DescriptionContent content, String note) {
        JobDescription description = own(id, expectedVersion);
        DescriptionContent edited = description.factsDifferFrom(content)
                ? DRAFTER.withFactSections(content, assessments.assessment(description.getAssessmentId()).getAnswers())
                : content;
        if (!description.differsFrom(edited)) {
            return description;
        }
        description.revise(edited, now());
        check(description);
        history.record(HISTORY_KIND, id, caller(), note == null || note.isBlank() ? null : note.strip(),
                DescriptionJson.write(description.content()));
        return description;
    }

    @RolesAllowed("manager")
    public JobDescription submit(long id, long expectedVersion, String note) {
        JobDescription description = own(id, expectedVersion);
        description.submitForReview(now());
        decide(description, ReviewAction.SUBMITTED, note);
        return description;
    }

    @RolesAllowed("manager")
    public JobDescription withdraw(long id, long expectedVersion) {
        JobDescription description = own(id, expectedVersion);
        description.withdraw(now());
        decide(description, ReviewAction.WITHDRAWN, null);
        return description;
    }

    /** Unlocks an approved description for a new revision, which will need approval again. */
    @RolesAllowed("manager")
    public JobDescription reopen(long id, long expectedVersion, String reason) {
        JobDescription description = own(id, expectedVersion);
        description.reopen(now());
        decide(description, ReviewAction.REOPENED, reason);
        return description;
    }

    /** HR sends the description back with comments on the sections that need work; at least one is needed. */
    @RolesAllowed("hr")
    public JobDescription requestChanges(long id, long expectedVersion, Map<SectionKind, String> comments, String note) {
        JobDescription description = reviewed(id, expectedVersion);
        Instant now = now();
        List<ReviewComment> written = comments.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> new ReviewComment(description, entry.getKey(), caller(), entry.getValue(), now))
                .toList();
        if (written.isEmpty()) {
            throw new InvalidContentException(List.of("Comment on at least one section, so the manager knows what to change."));
        }
        written.forEach(this::check);
        description.requestChanges(now);
        written.forEach(em::persist);
        decide(description, ReviewAction.CHANGES_REQUESTED, note);
        return description;
    }

    @RolesAllowed("hr")
    public JobDescription approve(long id, long expectedVersion, String note) {
        JobDescription description = reviewed(id, expectedVersion);
        description.approve(now());
        decide(description, ReviewAction.APPROVED, note);
        return description;
    }

    @RolesAllowed({"manager", "hr"})
    public List<ReviewDecision> decisions(long id) {
        description(id);
        return em.createNamedQuery(ReviewDecision.OF_DESCRIPTION, ReviewDecision.class).setParameter("description", id).getResultList();
    }

    /** HR's comments, newest revision first. */
    @RolesAllowed({"manager", "hr"})
    public List<ReviewComment> comments(long id) {
        description(id);
        return em.createNamedQuery(ReviewComment.OF_DESCRIPTION, ReviewComment.class).setParameter("description", id).getResultList();
    }

    @RolesAllowed({"manager", "hr"})
    public List<ContentVersion> revisions(long id) {
        description(id);
        return history.versions(HISTORY_KIND, id);
    }

    @RolesAllowed({"manager", "hr"})
    public Optional<DescriptionContent> revision(long id, int number) {
        description(id);
        return history.version(HISTORY_KIND, id, number).map(version -> DescriptionJson.read(version.getContentJson()));
    }

    private void decide(JobDescription description, ReviewAction action, String note) {
        ReviewDecision decision = new ReviewDecision(description, action, caller(), note, now());
        check(decision);
        em.persist(decision);
        if (action != ReviewAction.DRAFTED) {
            audit.record(action.name(), HISTORY_KIND, String.valueOf(description.getId()),
                    "revision " + description.getRevision() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        }
    }

    private JobDescription own(long id, long expectedVersion) {
        return current(id, expectedVersion, true);
    }

    /** HR's decisions; nobody decides on their own description, even with both roles. */
    private JobDescription reviewed(long id, long expectedVersion) {
        JobDescription description = current(id, expectedVersion, false);
        if (description.isOwnedBy(caller())) {
            throw new ReviewStepException(description.getState(), "You drafted this description, so someone else in HR reviews it.");
        }
        return description;
    }

    /**
     * Reads the description locked for this short transaction and compares its version with the one the
     * user worked on: two saves at the same moment are taken one after the other, and the second is refused
     * with who saved in between, never silently applied over the first.
     */
    private JobDescription current(long id, long expectedVersion, boolean mustOwn) {
        // a locking query, not find(id, lock): find may read the row first and then upgrade the lock with a
        // version check, which fails with an OptimisticLockException (no message for the user) when a save
        // commits in between; the query waits for the lock and reads the row as it is
        JobDescription description = em.createNamedQuery(JobDescription.BY_ID, JobDescription.class)
                .setParameter("id", id)
                .setHint("org.hibernate.cacheable", false)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .findFirst()
                // read again under the lock: Hibernate may read the row before it locks it (follow-on locking)
                .map(found -> { em.refresh(found); return found; })
                .orElse(null);
        if (description == null || (mustOwn && !description.isOwnedBy(caller()))) {
            throw new NotYoursException(HISTORY_KIND, id);
        }
        if (description.getVersion() != expectedVersion) {
            throw new StaleDescriptionException(id, lastChangedBy(id), description.getUpdatedAt());
        }
        return description;
    }

    /** A section's rule names the section, since eleven share the same message. */
    private static String explained(ConstraintViolation<?> violation) {
        return violation.getLeafBean() instanceof Section section
                ? section.getHeading() + ": " + violation.getMessage()
                : violation.getMessage();
    }

    /** Whoever acted last: a revision's author or a reviewer's decision, whichever is newer. */
    private String lastChangedBy(long id) {
        Optional<ContentVersion> revision = history.latest(HISTORY_KIND, id);
        Optional<ReviewDecision> decision = em.createNamedQuery(ReviewDecision.OF_DESCRIPTION, ReviewDecision.class)
                .setParameter("description", id).setMaxResults(1).getResultStream().findFirst();
        if (decision.isPresent() && (revision.isEmpty() || decision.get().getDecidedAt().isAfter(revision.get().getSavedAt()))) {
            return decision.get().getActor();
        }
        return revision.map(ContentVersion::getSavedBy).orElse("someone");
    }

    private void check(Object entity) {
        List<String> problems = validator.validate(entity).stream().map(JobDescriptions::explained).sorted().toList();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    private boolean visible(JobDescription description) {
        return description.isOwnedBy(caller()) || isHr();
    }

    private boolean isHr() {
        return session.isCallerInRole(HR);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private String caller() {
        return Optional.ofNullable(session.getCallerPrincipal()).map(Principal::getName).orElse("anonymous");
    }
}
