package app.rolewise.hiring.recommendation.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.content.AccessRoles;
import app.rolewise.content.StaleContentException;
import app.rolewise.hiring.recommendation.control.BankVersions;
import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.BankDraft;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.Version;
import app.rolewise.history.entity.VersionNote;
import app.rolewise.library.boundary.InvalidContentException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static app.rolewise.hiring.recommendation.control.BankVersions.KIND;
import static app.rolewise.hiring.recommendation.control.BankVersions.THE_BANK;

/**
 * The question bank: admins maintain it (every save a new version in the content history, with an audit
 * entry); assessments read the version they are pinned to. Checked here, for every call.
 */
@Stateless
public class QuestionBank {

    @Inject
    ContentHistory history;

    @Inject
    BankVersions bankVersions;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    /** The version new assessments start on. */
    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public BankVersion current() {
        // the newest number first, so that a version read before is not parsed again
        return version(history.newest(KIND, THE_BANK)
                .orElseThrow(() -> new IllegalStateException("The question bank has not been seeded")).number());
    }

    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public BankVersion version(int number) {
        // a saved version never changes, so one read from the database is enough (every answer asks for it)
        Optional<BankVersion> known = bankVersions.known(number);
        if (known.isPresent()) {
            return known.get();
        }
        return history.version(KIND, THE_BANK, number).map(bankVersions::of)
                .orElseThrow(() -> new IllegalArgumentException("There is no version " + number + " of the question bank"));
    }

    /** The current bank, ready to edit. */
    @RolesAllowed(AccessRoles.ADMIN)
    public BankDraft draft() {
        return BankDraft.of(current());
    }

    /** Newest first. */
    @RolesAllowed(AccessRoles.ADMIN)
    public List<Version> versions() {
        return history.versions(KIND, THE_BANK);
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public List<Change<BankContent.Place>> changes(int from, int to) {
        return version(from).content().changesTo(version(to).content());
    }

    /**
     * Stores the edited bank as a new version. Refused, with nothing stored, when it breaks a rule
     * ({@link InvalidContentException}) or when someone saved a version after the draft's
     * ({@link StaleContentException}). A draft that changes nothing stores nothing.
     */
    @RolesAllowed(AccessRoles.ADMIN)
    public BankVersion save(BankDraft draft) {
        List<String> problems = validator.validate(draft).stream()
                .map(ConstraintViolation::getMessage).distinct().sorted().toList();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        history.lockNewest(KIND, THE_BANK);
        BankVersion current = requireUnchangedSince(draft.getBaseVersion());
        BankContent edited = draft.toContent();
        List<Change<BankContent.Place>> changes = current.content().changesTo(edited);
        if (changes.isEmpty()) {
            return current;
        }
        return store(edited, VersionNote.written(null), AuditAction.UPDATED, "Changed: "
                + changes.stream().map(BankContent.Place::summary).collect(Collectors.joining("; ")));
    }

    /** Makes an earlier version the current bank again, as a new version. */
    @RolesAllowed(AccessRoles.ADMIN)
    public BankVersion restore(int number, int expectedVersion) {
        history.lockNewest(KIND, THE_BANK);
        requireUnchangedSince(expectedVersion);
        return store(version(number).content(), VersionNote.restored(number), AuditAction.RESTORED, "Version " + number);
    }

    private BankVersion store(BankContent content, VersionNote note, AuditAction action, String details) {
        Version saved = history.record(KIND, THE_BANK, audit.actor(), note, content);
        audit.record(action, "question-bank", "version " + saved.number(), details);
        return bankVersions.of(saved.with(content));
    }

    private BankVersion requireUnchangedSince(int expectedVersion) {
        BankVersion current = current();
        history.requireUnchanged(KIND, THE_BANK, current.number(), expectedVersion, "refused.questionBank.stale", null);
        return current;
    }
}
