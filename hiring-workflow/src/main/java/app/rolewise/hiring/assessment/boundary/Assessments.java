package app.rolewise.hiring.assessment.boundary;

import app.rolewise.audit.boundary.AuditLog;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    private static final String HR = "hr";

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
    @RolesAllowed({"manager", "hr"})
    public List<Question> questions(long id) {
        return bank(assessment(id)).questions();
    }

    /** Starts on the question bank's current version, which the assessment keeps. */
    @RolesAllowed("manager")
    public Assessment start(String title) {
        return start(title, List.of());
    }

    /**
     * Starts an assessment with the roles just compared in focus (e.g. from "Which one do we need?");
     * slugs that are not published roles are left out rather than refused, since they only add context.
     */
    @RolesAllowed("manager")
    public Assessment start(String title, List<String> focusRoles) {
        List<String> published = publishedSlugs();
        List<String> focus = focusRoles.stream().filter(published::contains).distinct().limit(Assessment.FOCUS_MAX).toList();
        Assessment assessment = new Assessment(caller(), title, questionBank.current().number(), focus, Instant.now(clock));
        List<String> problems = validator.validate(assessment).stream().map(ConstraintViolation::getMessage).sorted().toList();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        em.persist(assessment);
        audit.record("STARTED", "assessment", String.valueOf(assessment.getId()), assessment.getTitle());
        return assessment;
    }

    /** A manager's own assessments, or every assessment for HR; most recently changed first. */
    @RolesAllowed({"manager", "hr"})
    public List<Assessment> visible(int first, int size) {
        var query = session.isCallerInRole(HR)
                ? em.createQuery("select a from Assessment a order by a.updatedAt desc, a.id desc", Assessment.class)
                : em.createNamedQuery(Assessment.OF_OWNER, Assessment.class).setParameter("owner", caller());
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"manager", "hr"})
    public long countVisible() {
        return session.isCallerInRole(HR)
                ? em.createQuery("select count(a) from Assessment a", Long.class).getSingleResult()
                : em.createNamedQuery(Assessment.COUNT_OF_OWNER, Long.class).setParameter("owner", caller()).getSingleResult();
    }

    @RolesAllowed({"manager", "hr"})
    public Assessment assessment(long id) {
        Assessment assessment = em.find(Assessment.class, id);
        if (assessment == null || !(assessment.isOwnedBy(caller()) || session.isCallerInRole(HR))) {
            throw new NotYoursException(id);
        }
        return assessment;
    }

    /** Stores one answer at once: closing the browser or a server restart loses nothing. */
    @RolesAllowed("manager")
    public Assessment answer(long id, String questionCode, String answerCode) {
        Assessment assessment = own(id);
        Question question = bank(assessment).question(questionCode)
                .orElseThrow(() -> new InvalidContentException(List.of("There is no question " + questionCode)));
        if (answerCode != null && question.answer(answerCode).isEmpty()) {
            throw new InvalidContentException(List.of("Question " + questionCode + " has no answer " + answerCode));
        }
        assessment.answer(questionCode, answerCode, Instant.now(clock));
        return assessment;
    }

    /** The brief of an assessment for whoever may read it: its owner, or HR. */
    @RolesAllowed({"manager", "hr"})
    public DecisionBrief brief(long id) {
        Assessment assessment = assessment(id);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        roleLibrary.publishedRoles().forEach(role -> names.put(role.getSlug().value(), role.getName()));
        return DecisionBrief.of(assessment, bank(assessment), recommend(assessment, List.copyOf(names.keySet())), names,
                LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC));
    }

    @RolesAllowed({"manager", "hr"})
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
    @RolesAllowed("manager")
    public Assessment choose(long id, String roleSlug, String reason) {
        Assessment assessment = own(id);
        List<String> published = publishedSlugs();
        if (!published.contains(roleSlug)) {
            throw new InvalidContentException(List.of("There is no published role " + roleSlug));
        }
        Recommendation recommendation = recommend(assessment, published);
        String recommended = recommendation.recommended().orElse(null);
        Map<String, Integer> scores = recommendation.ranking().stream()
                .collect(Collectors.toMap(Recommendation.RoleScore::roleSlug, Recommendation.RoleScore::fit));
        assessment.choose(roleSlug, recommended, reason, scores, Instant.now(clock));
        audit.record("ROLE_CHOSEN", "assessment", String.valueOf(id),
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
            audit.record("UPDATED", "assessment", open.size() + " open",
                    "Moved to question bank version " + bank.number() + ", keeping the answers it still asks for");
        }
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
