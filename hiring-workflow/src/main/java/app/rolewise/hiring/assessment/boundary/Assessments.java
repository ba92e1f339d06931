package app.rolewise.hiring.assessment.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.content.AccessRoles;
import app.rolewise.content.ExportedFile;
import app.rolewise.content.FileFormat;
import app.rolewise.content.SearchText;
import app.rolewise.hiring.assessment.control.BriefMarkdown;
import app.rolewise.hiring.assessment.control.BriefPdf;
import app.rolewise.hiring.assessment.control.DecisionBrief;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.assessment.entity.AssessmentStatus;
import app.rolewise.hiring.recommendation.boundary.DecisionModelArrived;
import app.rolewise.hiring.recommendation.boundary.QuestionBank;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.hiring.recommendation.entity.Question;
import app.rolewise.hiring.recommendation.entity.Recommendation;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.library.boundary.RoleLibrary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Needs assessments: a manager starts, answers (each answer stored at once), sees the recommendation and
 * chooses. Managers reach only their own assessments; HR reads all. Checked here, for every call.
 */
@Stateless
public class Assessments {

    /** How a query names the statuses, for ordering by them. */
    private static final String STATUS = AssessmentStatus.class.getName();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RoleLibrary roleLibrary;

    @Inject
    QuestionBank questionBank;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    Clock clock = Clock.systemUTC();

    /** The questions new assessments start with: the question bank's current version. */
    @PermitAll
    public List<Question> questions() {
        return questionBank.current().questions();
    }

    /** The questions of one assessment: the bank version it started on. */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public List<Question> questions(long id) {
        return bank(assessment(id)).questions();
    }

    /** Starts on the question bank's current version, which the assessment keeps. */
    @RolesAllowed(AccessRoles.MANAGER)
    public Assessment start(String title) {
        return start(title, List.of());
    }

    /**
     * Starts an assessment with the roles just compared in focus (e.g. from "Which one do we need?");
     * slugs that are not published roles are left out rather than refused, since they only add context.
     */
    @RolesAllowed(AccessRoles.MANAGER)
    public Assessment start(String title, List<String> focusRoles) {
        List<String> published = publishedSlugs();
        List<String> focus = focusRoles.stream().filter(published::contains).distinct().limit(Assessment.FOCUS_MAX).toList();
        Assessment assessment = new Assessment(caller(), title, questionBank.current().number(), focus, Instant.now(clock));
        List<String> problems = validator.validate(assessment).stream().map(ConstraintViolation::getMessage).sorted().toList();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        em.persist(assessment);
        audit.record(AuditAction.STARTED, "assessment", String.valueOf(assessment.getId()), assessment.getTitle());
        return assessment;
    }

    /** A manager's own assessments, or every assessment for HR; the archived left out, most recently changed first. */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public List<Assessment> visible(int first, int size) {
        return visible(AssessmentSearch.newestFirst(), first, size);
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public long countVisible() {
        return countVisible(AssessmentSearch.newestFirst());
    }

    /** One page of what the search finds among the caller's assessments (every assessment for HR), in its order. */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public List<Assessment> visible(AssessmentSearch search, int first, int size) {
        return matching("select a", search, true, Assessment.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public long countVisible(AssessmentSearch search) {
        return matching("select count(a)", search, false, Long.class).getSingleResult();
    }

    /** Everyone who has assessments, by user name: what HR can narrow the list to. */
    @RolesAllowed(AccessRoles.HR)
    public List<String> managers() {
        return em.createNamedQuery(Assessment.OWNERS, String.class).getResultList();
    }

    /**
     * The search as one query, so that the database filters, orders and pages. A manager's list is always their own;
     * HR's is everyone's unless narrowed to one manager. The text finds names, chosen roles (by their name or URL
     * name among the published roles) and, for HR, managers.
     */
    private <T> TypedQuery<T> matching(String select, AssessmentSearch search, boolean ordered, Class<T> type) {
        boolean hr = session.isCallerInRole(AccessRoles.HR);
        String owner = hr ? (SearchText.given(search.manager()) ? search.manager().strip() : null) : caller();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where a.archived = :archived");
        parameters.put("archived", search.archived());
        if (owner != null) {
            where.append(" and a.owner = :owner");
            parameters.put("owner", owner);
        }
        if (search.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", search.status());
        }
        if (SearchText.given(search.text())) {
            where.append(" and (lower(a.title) like :text ").append(SearchText.LIKE_ESCAPE);
            parameters.put("text", SearchText.containing(search.text()));
            List<String> roles = roleLibrary.publishedRoles().stream()
                    .filter(role -> SearchText.contains(role.getName(), search.text()) || SearchText.contains(role.getSlug().value(), search.text()))
                    .map(role -> role.getSlug().value()).toList();
            if (!roles.isEmpty()) {
                where.append(" or a.chosenRole in :roles");
                parameters.put("roles", roles);
            }
            if (hr && owner == null) {
                where.append(" or lower(a.owner) like :text ").append(SearchText.LIKE_ESCAPE);
            }
            where.append(")");
        }
        TypedQuery<T> query = em.createQuery(select + " from Assessment a" + where + (ordered ? order(search, owner != null) : ""), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * By last change, the columns the list fixes (owner, archived) come first: that changes nothing (they are one
     * value) but lets H2 read the page from the index (owner, archived, updated_at desc, id desc) instead of
     * sorting every matching assessment.
     */
    private static String order(AssessmentSearch search, boolean oneOwner) {
        String direction = search.descending() ? " desc" : "";
        return switch (search.order()) {
            case UPDATED -> " order by " + (oneOwner ? "a.owner, " : "") + "a.archived, a.updatedAt" + direction + ", a.id" + direction;
            case TITLE -> " order by lower(a.title)" + direction + ", a.id" + direction;
            case STATE -> " order by case a.status when " + STATUS + ".IN_PROGRESS then 0 when " + STATUS + ".ROLE_CHOSEN then 1 else 2 end"
                    + direction + ", a.updatedAt desc, a.id desc";
        };
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public Assessment assessment(long id) {
        Assessment assessment = em.find(Assessment.class, id);
        if (assessment == null || !(assessment.isOwnedBy(caller()) || session.isCallerInRole(AccessRoles.HR))) {
            throw new NotYoursException(id);
        }
        return assessment;
    }

    /** Stores one answer at once: closing the browser or a server restart loses nothing. */
    @RolesAllowed(AccessRoles.MANAGER)
    public Assessment answer(long id, String questionCode, String answerCode) {
        Assessment assessment = own(id);
        Question question = bank(assessment).question(questionCode)
                .orElseThrow(() -> new InvalidContentException("refused.assessment.unknownQuestion", questionCode));
        if (answerCode != null && question.answer(answerCode).isEmpty()) {
            throw new InvalidContentException("refused.assessment.unknownAnswer", questionCode, answerCode);
        }
        assessment.answer(questionCode, answerCode, Instant.now(clock));
        return assessment;
    }

    /** The decision brief of an assessment as a file (Markdown or PDF), for whoever may read it: its owner, or HR. */
    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public ExportedFile brief(long id, FileFormat format) {
        Assessment assessment = assessment(id);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        roleLibrary.publishedRoles().forEach(role -> names.put(role.getSlug().value(), role.getName()));
        DecisionBrief brief = DecisionBrief.of(assessment, bank(assessment), recommend(assessment, List.copyOf(names.keySet())), names,
                LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC));
        String name = "rolewise-decision-brief-" + id;
        return switch (format) {
            case MARKDOWN -> ExportedFile.text(name, format, BriefMarkdown.render(brief));
            case PDF -> new ExportedFile(name, format, BriefPdf.render(brief));
            case JSON_LD -> throw new IllegalArgumentException("A decision brief is written as Markdown or PDF, not " + format);
        };
    }

    @RolesAllowed({AccessRoles.MANAGER, AccessRoles.HR})
    public Recommendation recommendation(long id) {
        return recommend(assessment(id), publishedSlugs());
    }

    private Recommendation recommend(Assessment assessment, List<String> candidates) {
        BankVersion bank = bank(assessment);
        return Recommendation.of(bank.model(), bank.questions(), assessment.getAnswers(), candidates);
    }

    private BankVersion bank(Assessment assessment) {
        return questionBank.version(assessment.getBankVersion());
    }

    private List<String> publishedSlugs() {
        return roleLibrary.publishedRoles().stream().map(role -> role.getSlug().value()).toList();
    }

    /**
     * Records the manager's choice, the recommended role and every role's score at that moment (on the
     * assessment's question bank version), and the reason for any other role.
     */
    @RolesAllowed(AccessRoles.MANAGER)
    public Assessment choose(long id, String roleSlug, String reason) {
        Assessment assessment = own(id);
        List<String> published = publishedSlugs();
        if (!published.contains(roleSlug)) {
            throw new InvalidContentException("refused.assessment.unknownRole", roleSlug);
        }
        Recommendation recommendation = recommend(assessment, published);
        String recommended = recommendation.recommended().orElse(null);
        Map<String, Integer> scores = recommendation.ranking().stream()
                .collect(Collectors.toMap(Recommendation.RoleScore::roleSlug, Recommendation.RoleScore::fit));
        assessment.choose(roleSlug, recommended, reason, scores, Instant.now(clock));
        audit.record(AuditAction.ROLE_CHOSEN, "assessment", String.valueOf(id),
                roleSlug + (roleSlug.equals(recommended) ? " (recommended)"
                        : recommended == null ? " (nothing recommended): " + reason : " over " + recommended + ": " + reason)
                        + "; question bank version " + assessment.getBankVersion());
        return assessment;
    }

    /**
     * Moves every assessment that is still open from a bank without a decision model to the one that has it,
     * keeping the answers it still asks for; drafted ones keep their version and their recorded choice.
     * Called by the container at start-up, in the seed's transaction.
     */
    @PermitAll
    public void moveOpenAssessments(@Observes DecisionModelArrived arrived) {
        BankVersion bank = arrived.version();
        List<Assessment> open = em.createQuery("select a from Assessment a where a.status <> :described and a.bankVersion < :version",
                Assessment.class).setParameter("described", AssessmentStatus.DESCRIBED).setParameter("version", bank.number())
                .getResultList();
        Instant now = Instant.now(clock);
        open.forEach(assessment -> assessment.moveTo(bank.number(), (question, answer) ->
                bank.question(question).flatMap(asked -> asked.answer(answer)).isPresent(), now));
        if (!open.isEmpty()) {
            audit.record(AuditAction.UPDATED, "assessment", open.size() + " open",
                    "Moved to question bank version " + bank.number() + ", keeping the answers it still asks for");
        }
    }

    /** Takes an assessment off its owner's list (and HR's); the list's "archived" filter still shows it. */
    @RolesAllowed(AccessRoles.MANAGER)
    public Assessment archive(long id) {
        Assessment assessment = own(id);
        if (assessment.archive()) {
            audit.record(AuditAction.ASSESSMENT_ARCHIVED, "assessment", String.valueOf(id), assessment.getTitle());
        }
        return assessment;
    }

    /** Puts an archived assessment back on the list. */
    @RolesAllowed(AccessRoles.MANAGER)
    public Assessment restore(long id) {
        Assessment assessment = own(id);
        if (assessment.restore()) {
            audit.record(AuditAction.UNARCHIVED, "assessment", String.valueOf(id), assessment.getTitle());
        }
        return assessment;
    }

    /**
     * A new assessment with the answers of one of the caller's own, named {@code title}. It runs on the question bank's
     * current version, as every new assessment does, and keeps the answers that version still asks for; the choice is
     * left to be made again.
     */
    @RolesAllowed(AccessRoles.MANAGER)
    public Assessment copy(long id, String title) {
        Assessment original = own(id);
        BankVersion bank = questionBank.current();
        Assessment copy = original.copy(title, bank.number(),
                (question, answer) -> bank.question(question).flatMap(asked -> asked.answer(answer)).isPresent(), Instant.now(clock));
        List<String> problems = validator.validate(copy).stream().map(ConstraintViolation::getMessage).sorted().toList();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        em.persist(copy);
        audit.record(AuditAction.COPIED, "assessment", String.valueOf(copy.getId()),
                "Copy of assessment " + id + " on question bank version " + bank.number() + ": " + copy.getTitle());
        return copy;
    }

    private Assessment own(long id) {
        Assessment assessment = em.find(Assessment.class, id);
        if (assessment == null || !assessment.isOwnedBy(caller())) {
            throw new NotYoursException(id);
        }
        return assessment;
    }

    private String caller() {
        return Optional.ofNullable(session.getCallerPrincipal()).map(java.security.Principal::getName).orElse("anonymous");
    }
}
