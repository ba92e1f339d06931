package app.rolewise.hiring.description.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.content.AccessRoles;
import app.rolewise.content.ExportedFile;
import app.rolewise.content.FileFormat;
import app.rolewise.content.SearchText;
import app.rolewise.content.StaleContentException;
import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.assessment.entity.AssessmentStatus;
import app.rolewise.hiring.description.control.DescriptionDrafter;
import app.rolewise.hiring.description.control.DescriptionJson;
import app.rolewise.hiring.description.control.InclusiveLanguage;
import app.rolewise.hiring.description.control.WordingRules;
import app.rolewise.hiring.description.control.PostingJsonLd;
import app.rolewise.hiring.description.control.PostingMarkdown;
import app.rolewise.hiring.description.control.PostingPdf;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.DescriptionState;
import app.rolewise.hiring.description.entity.HiringContext;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.hiring.description.entity.LanguageCheck;
import app.rolewise.hiring.description.entity.LanguageReview;
import app.rolewise.hiring.description.entity.OpenFindingsException;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.Readability;
import app.rolewise.hiring.description.entity.ReviewAction;
import app.rolewise.hiring.description.entity.ReviewComment;
import app.rolewise.hiring.description.entity.ReviewDecision;
import app.rolewise.hiring.description.entity.ReviewStepException;
import app.rolewise.hiring.description.entity.Section;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.WhenWritten;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.Version;
import app.rolewise.history.entity.VersionNote;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
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

    /** How the audit log names a job description. */
    public static final String AUDITED_AS = "job-description";
    private static final DescriptionDrafter DRAFTER = new DescriptionDrafter();
    /** How a query names the states, for ordering by them. */
    private static final String STATE = DescriptionState.class.getName();

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
    @RolesAllowed(AccessRoles.MANAGER)
    public JobDescription draft(long assessmentId, PostingFacts facts, HiringContext context) {
        Assessment assessment = assessments.assessment(assessmentId);
        if (!assessment.isOwnedBy(caller())) {
            throw new NotYoursException("refused.assessment.notYours", assessmentId);
        }
        // two drafts of one assessment at once (two tabs, a double click): the second waits, then is told
        em.refresh(assessment, LockModeType.PESSIMISTIC_WRITE);
        if (assessment.isDescribed() || ofAssessment(assessmentId).isPresent()) {
            throw new InvalidContentException("refused.description.exists");
        }
        if (assessment.getStatus() != AssessmentStatus.ROLE_CHOSEN || assessment.getChosenRole() == null) {
            throw new InvalidContentException("refused.description.noRole");
        }
        Role role = chosenRole(assessment);
        DescriptionContent content = drafted(role, assessment, facts, context);
        JobDescription description = new JobDescription(assessmentId, caller(), role.getSlug().value(), role.getName(),
                role.getOnetSocCode(), role.getIsco08Code(), content, now());
        check(description);
        em.persist(description);
        assessment.describe(now());
        em.flush();
        history.record(DescriptionJson.KIND, description.getId(), caller(), VersionNote.drafted(), content);
        decide(description, ReviewAction.DRAFTED, null);
        audit.record(AuditAction.DRAFTED, AUDITED_AS, String.valueOf(description.getId()), description.getTitle());
        return description;
    }

    /**
     * What {@link #draft} would write for these facts, without storing anything: lets a manager see the
     * first version before committing to it.
     */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public DescriptionContent preview(long assessmentId, PostingFacts facts, HiringContext context) {
        Assessment assessment = assessments.assessment(assessmentId);
        return drafted(chosenRole(assessment), assessment, facts, context);
    }

    /**
     * What drafting writes; the facts and what the manager told are checked first, by the same rules for the
     * preview as for the draft.
     */
    private DescriptionContent drafted(Role role, Assessment assessment, PostingFacts facts, HiringContext context) {
        check(new Drafting(facts, context));
        return DRAFTER.draft(role, assessment.getAnswers(), facts, context);
    }

    /** Both inputs of a draft, checked at once so that every problem is named in one answer. */
    private record Drafting(@Valid PostingFacts facts, @Valid HiringContext context) {
    }

    /** Whom the draft form suggests the hire reports to, from the manager's answer; empty without one. */
    @PermitAll // wording from the shipped phrases: reads and stores nothing
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> suggestedReportsTo(Map<String, String> answers) {
        return DRAFTER.suggestedReportsTo(answers);
    }

    private Role chosenRole(Assessment assessment) {
        if (assessment.getChosenRole() == null) {
            throw new InvalidContentException("refused.description.noRole");
        }
        return roleLibrary.publishedRole(new RoleSlug(assessment.getChosenRole())).orElseThrow(() ->
                new InvalidContentException("refused.description.roleGone"));
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public Optional<JobDescription> ofAssessment(long assessmentId) {
        return em.createNamedQuery(JobDescription.OF_ASSESSMENT, JobDescription.class)
                .setParameter("assessment", assessmentId)
                .getResultStream()
                .filter(this::visible)
                .findFirst();
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public JobDescription description(long id) {
        JobDescription description = em.find(JobDescription.class, id);
        if (description == null || !visible(description)) {
            throw new NotYoursException("refused.description.notYours", id);
        }
        return description;
    }

    /** A manager's own descriptions, or every description for HR; most recently changed first. */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public List<JobDescription> visible(int first, int size) {
        return visible(DescriptionSearch.newestFirst(), first, size);
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public long countVisible() {
        return countVisible(DescriptionSearch.newestFirst());
    }

    /** One page of what the search finds among the caller's descriptions (every description for HR), in its order. */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public List<JobDescription> visible(DescriptionSearch search, int first, int size) {
        return matching("select d", search, true, JobDescription.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public long countVisible(DescriptionSearch search) {
        return matching("select count(d)", search, false, Long.class).getSingleResult();
    }

    /** Everyone who has job descriptions, by user name: what HR can narrow the list to. */
    @RolesAllowed(AccessRoles.HR)
    public List<String> managers() {
        return em.createNamedQuery(JobDescription.OWNERS, String.class).getResultList();
    }

    /**
     * The search as one query, so that the database filters, orders and pages. A manager's list is always their own;
     * HR's is everyone's unless narrowed to one manager. The text finds titles, roles and, for HR, managers.
     */
    private <T> TypedQuery<T> matching(String select, DescriptionSearch search, boolean ordered, Class<T> type) {
        boolean hr = isHr();
        String owner = hr ? (SearchText.given(search.manager()) ? search.manager().strip() : null) : caller();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (owner != null) {
            where.append(" and d.owner = :owner");
            parameters.put("owner", owner);
        }
        if (search.state() != null) {
            where.append(" and d.state = :state");
            parameters.put("state", search.state());
        }
        if (search.waitingDays() != null) {
            // a description in review changes only by leaving the review, so its last change is when it was submitted
            where.append(" and d.state = :inReview and d.updatedAt < :submittedBefore");
            parameters.put("inReview", DescriptionState.IN_REVIEW);
            parameters.put("submittedBefore", now().minus(Duration.ofDays(search.waitingDays())));
        }
        if (SearchText.given(search.text())) {
            where.append(" and (lower(d.title) like :text ").append(SearchText.LIKE_ESCAPE)
                    .append(" or lower(d.roleName) like :text ").append(SearchText.LIKE_ESCAPE);
            if (hr && owner == null) {
                where.append(" or lower(d.owner) like :text ").append(SearchText.LIKE_ESCAPE);
            }
            where.append(")");
            parameters.put("text", SearchText.containing(search.text()));
        }
        TypedQuery<T> query = em.createQuery(select + " from JobDescription d" + where + (ordered ? order(search) : ""), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String order(DescriptionSearch search) {
        String direction = search.descending() ? " desc" : "";
        return switch (search.order()) {
            case UPDATED -> " order by d.updatedAt" + direction + ", d.id" + direction;
            case TITLE -> " order by lower(d.title)" + direction + ", d.id" + direction;
            case STATE -> " order by case d.state when " + STATE + ".DRAFT then 0 when " + STATE + ".IN_REVIEW then 1 when "
                    + STATE + ".CHANGES_REQUESTED then 2 else 3 end" + direction + ", d.updatedAt desc, d.id desc";
        };
    }

    /** What waits for the caller: for HR the descriptions in review, for a manager those sent back to them. */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
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
    @RolesAllowed(AccessRoles.MANAGER)
    public JobDescription save(long id, long expectedVersion, DescriptionContent content, String note) {
        return revised(own(id, expectedVersion), content, note);
    }

    /**
     * Saves an edit made on revision {@code baseRevision} onto the newer revision someone saved meanwhile, part
     * by part ({@link DescriptionContent#merge}): two tabs that changed different sections both keep their work.
     * Without a conflict the merged text is the next revision, and the answer names the parts taken from the other
     * save; with one, nothing is stored and the answer names the parts both changed, with the newer text.
     */
    @RolesAllowed(AccessRoles.MANAGER)
    public MergedSave saveOnto(long id, int baseRevision, DescriptionContent content, String note) {
        JobDescription description = locked(id, true);
        DescriptionContent base = history.version(DescriptionJson.KIND, id, baseRevision).map(Version.Versioned::content)
                .orElseThrow(() -> new InvalidContentException("refused.description.noSuchRevision", baseRevision));
        DescriptionContent.Merge merge = DescriptionContent.merge(base, content, description.content());
        if (merge.conflicts().isEmpty()) {
            revised(description, merge.content(), note);
        }
        return new MergedSave(description, merge);
    }

    /** The description after {@link #saveOnto}, and how the edit met the meanwhile revision. */
    public record MergedSave(JobDescription description, DescriptionContent.Merge merge) {
    }

    /**
     * Saves the text as {@link #save} does and sends it to HR, in one step: the manager submits exactly what they
     * see, and a submission that is refused stores nothing of it. A text that leans masculine (more masculine- than
     * feminine-coded words) is held back once ({@link OpenFindingsException}, with the counts); sent {@code anyway},
     * HR gets it with the count of masculine-coded words and the manager's word for HR ({@code forHr}) on the decision.
     */
    @RolesAllowed(AccessRoles.MANAGER)
    public JobDescription submit(long id, long expectedVersion, DescriptionContent content, String note, boolean anyway, String forHr) {
        JobDescription description = revised(own(id, expectedVersion), content, note);
        LanguageReview review = checkLanguage(description.getTitle(), description.content().sections()).review();
        boolean leansMasculine = review.verdict() == LanguageReview.Verdict.LEANS_MASCULINE;
        if (leansMasculine && !anyway) {
            throw new OpenFindingsException((int) review.masculineCount(), (int) review.feminineCount());
        }
        description.submitForReview(now());
        decide(description, ReviewAction.SUBMITTED, forHr, leansMasculine ? (int) review.masculineCount() : 0);
        return description;
    }

    /** The edit as a new revision, if it changes anything; the Location and Salary sections follow the facts. */
    private JobDescription revised(JobDescription description, DescriptionContent content, String note) {
        DescriptionContent edited = description.factsDifferFrom(content)
                ? DRAFTER.withFactSections(content, assessments.assessment(description.getAssessmentId()).getAnswers())
                : content;
        if (!description.differsFrom(edited)) {
            return description;
        }
        description.revise(edited, now());
        check(description);
        history.record(DescriptionJson.KIND, description.getId(), caller(), VersionNote.written(note), description.content());
        return description;
    }

    @RolesAllowed(AccessRoles.MANAGER)
    public JobDescription withdraw(long id, long expectedVersion) {
        JobDescription description = own(id, expectedVersion);
        description.withdraw(now());
        decide(description, ReviewAction.WITHDRAWN, null);
        return description;
    }

    /** Unlocks an approved description for a new revision, which will need approval again. */
    @RolesAllowed(AccessRoles.MANAGER)
    public JobDescription reopen(long id, long expectedVersion, String reason) {
        JobDescription description = own(id, expectedVersion);
        description.reopen(now());
        decide(description, ReviewAction.REOPENED, reason);
        return description;
    }

    /** HR sends the description back with comments on the sections that need work; at least one is needed. */
    @RolesAllowed(AccessRoles.HR)
    public JobDescription requestChanges(long id, long expectedVersion, Map<SectionKind, String> comments, String note) {
        JobDescription description = reviewed(id, expectedVersion);
        Instant now = now();
        List<ReviewComment> written = comments(description, comments, now);
        if (written.isEmpty()) {
            throw new InvalidContentException("refused.description.noComment");
        }
        description.requestChanges(now);
        written.forEach(em::persist);
        decide(description, ReviewAction.CHANGES_REQUESTED, note);
        return description;
    }

    /** Approves the revision under review; comments written with the approval are kept, as with a request for changes. */
    @RolesAllowed(AccessRoles.HR)
    public JobDescription approve(long id, long expectedVersion, Map<SectionKind, String> comments, String note) {
        JobDescription description = reviewed(id, expectedVersion);
        Instant now = now();
        List<ReviewComment> written = comments(description, comments, now);
        description.approve(now);
        written.forEach(em::persist);
        decide(description, ReviewAction.APPROVED, note);
        return description;
    }

    /** The reviewer's comments that say something, checked before anything is stored. */
    private List<ReviewComment> comments(JobDescription description, Map<SectionKind, String> comments, Instant now) {
        List<ReviewComment> written = comments.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> new ReviewComment(description, entry.getKey(), caller(), entry.getValue(), now))
                .toList();
        written.forEach(this::check);
        return written;
    }

    /**
     * The description as a file for whoever may read it. Markdown and PDF of the current revision in any state, for
     * sharing a draft (an unapproved one says so on it), or of the approved revision ({@code approvedRevision}); the
     * JobPosting JSON-LD, which job boards publish, is always the approved revision: it stays served while the manager
     * drafts a newer one, and is refused only before the first approval.
     */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public ExportedFile export(long id, FileFormat format, boolean approvedRevision) {
        JobDescription description = description(id);
        Posting posting = approvedRevision || format == FileFormat.JSON_LD
                ? published(description)
                : description.posting(LocalDate.ofInstant(now(), ZoneOffset.UTC));
        String name = "rolewise-job-" + id + "-r" + posting.standing().revision();
        return switch (format) {
            case MARKDOWN -> ExportedFile.text(name, format, PostingMarkdown.render(posting));
            case PDF -> new ExportedFile(name, format, PostingPdf.render(posting));
            case JSON_LD -> ExportedFile.text(name, format, PostingJsonLd.scriptContent(posting));
        };
    }

    /** The approved revision: the current one, or while a newer one is drafted, its text from the history. */
    private Posting published(JobDescription description) {
        if (description.isApproved() || description.getApprovedRevision() == null) {
            return description.approvedPosting(description.content());
        }
        int approved = description.getApprovedRevision();
        DescriptionContent text = history.version(DescriptionJson.KIND, description.getId(), approved).map(Version.Versioned::content)
                .orElseThrow(() -> new IllegalStateException("Approved revision " + approved + " of job description "
                        + description.getId() + " is missing from its history"));
        return description.approvedPosting(text);
    }

    /**
     * Checks text as it is written, saved or not, for gender-coded words, readability and wording a recruiter
     * would change (the title gives the seniority that requirements are weighed against). Reads and stores
     * nothing, so it needs no transaction.
     */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LanguageCheck checkLanguage(String title, Map<SectionKind, String> sections) {
        List<PostingSection> written = Arrays.stream(SectionKind.values())
                .filter(sections::containsKey)
                .map(kind -> new PostingSection(kind, sections.get(kind)))
                .toList();
        return new LanguageCheck(InclusiveLanguage.standard().review(written), Readability.of(written),
                WordingRules.standard().review(title, written));
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public List<ReviewDecision> decisions(long id) {
        description(id);
        return em.createNamedQuery(ReviewDecision.OF_DESCRIPTION, ReviewDecision.class).setParameter("description", id).getResultList();
    }

    /** HR's comments, newest revision first. */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public List<ReviewComment> comments(long id) {
        description(id);
        return em.createNamedQuery(ReviewComment.OF_DESCRIPTION, ReviewComment.class).setParameter("description", id).getResultList();
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public List<Version> revisions(long id) {
        description(id);
        return history.versions(DescriptionJson.KIND, id);
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public Optional<DescriptionContent> revision(long id, int number) {
        description(id);
        return history.version(DescriptionJson.KIND, id, number).map(Version.Versioned::content);
    }

    private void decide(JobDescription description, ReviewAction action, String note) {
        decide(description, action, note, 0);
    }

    private void decide(JobDescription description, ReviewAction action, String note, int openFindings) {
        ReviewDecision decision = new ReviewDecision(description, action, caller(), note, now(), openFindings);
        check(decision);
        em.persist(decision);
        if (action != ReviewAction.DRAFTED) {
            audit.record(audited(action), AUDITED_AS, String.valueOf(description.getId()),
                    "revision " + description.getRevision() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        }
    }

    private static AuditAction audited(ReviewAction action) {
        return switch (action) {
            case DRAFTED -> AuditAction.DRAFTED;
            case SUBMITTED -> AuditAction.SUBMITTED;
            case WITHDRAWN -> AuditAction.WITHDRAWN;
            case CHANGES_REQUESTED -> AuditAction.CHANGES_REQUESTED;
            case APPROVED -> AuditAction.APPROVED;
            case REOPENED -> AuditAction.REOPENED;
        };
    }

    private JobDescription own(long id, long expectedVersion) {
        return current(id, expectedVersion, true);
    }

    /** HR's decisions; nobody decides on their own description, even with both roles. */
    private JobDescription reviewed(long id, long expectedVersion) {
        JobDescription description = current(id, expectedVersion, false);
        if (description.isOwnedBy(caller())) {
            throw new ReviewStepException(description.getState(), "refused.review.ownDescription");
        }
        return description;
    }

    /**
     * Reads the description locked for this short transaction and compares its version with the one the
     * user worked on: two saves at the same moment are taken one after the other, and the second is refused
     * with who saved in between, never silently applied over the first.
     */
    private JobDescription current(long id, long expectedVersion, boolean mustOwn) {
        JobDescription description = locked(id, mustOwn);
        if (description.getVersion() != expectedVersion) {
            throw new StaleContentException("refused.description.stale", lastChangedBy(id), description.getUpdatedAt(), description.getVersion());
        }
        return description;
    }

    private JobDescription locked(long id, boolean mustOwn) {
        // a locking query, not find(id, lock): find may read the row first and then upgrade the lock with a
        // version check, which fails with an OptimisticLockException (no message for the user) when a save
        // commits in between; the query waits for the lock and reads the row as it is
        JobDescription description = history.lockedForChange(em.createNamedQuery(JobDescription.BY_ID, JobDescription.class)
                .setParameter("id", id)).orElse(null);
        if (description == null || (mustOwn && !description.isOwnedBy(caller()))) {
            throw new NotYoursException("refused.description.notYours", id);
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
        Optional<Version> revision = history.newest(DescriptionJson.KIND, id);
        Optional<ReviewDecision> decision = em.createNamedQuery(ReviewDecision.OF_DESCRIPTION, ReviewDecision.class)
                .setParameter("description", id).setMaxResults(1).getResultStream().findFirst();
        if (decision.isPresent() && (revision.isEmpty() || decision.get().getDecidedAt().isAfter(revision.get().savedAt()))) {
            return decision.get().getActor();
        }
        return revision.map(Version::savedBy).orElse(AuditLog.SYSTEM);
    }

    private void check(Object entity) {
        // distinct: a code neither well-formed nor known breaks two rules that say the same
        List<String> problems = validator.validate(entity, Default.class, WhenWritten.class).stream().map(JobDescriptions::explained).distinct().sorted().toList();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    private boolean visible(JobDescription description) {
        return description.isOwnedBy(caller()) || isHr();
    }

    private boolean isHr() {
        return session.isCallerInRole(AccessRoles.HR);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private String caller() {
        return Optional.ofNullable(session.getCallerPrincipal()).map(Principal::getName).orElse("anonymous");
    }
}
