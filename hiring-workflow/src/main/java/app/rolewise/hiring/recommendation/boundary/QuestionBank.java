package app.rolewise.hiring.recommendation.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.hiring.recommendation.control.BankVersions;
import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import app.rolewise.hiring.recommendation.entity.BankChange;
import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.BankDraft;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.ContentVersion;
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
    @RolesAllowed({"admin", "manager", "hr"})
    public BankVersion current() {
        return history.latest(KIND, THE_BANK).map(bankVersions::of)
                .orElseThrow(() -> new IllegalStateException("The question bank has not been seeded"));
    }

    @RolesAllowed({"admin", "manager", "hr"})
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
    @RolesAllowed("admin")
    public BankDraft draft() {
        return BankDraft.of(current());
    }

    /** Newest first. */
    @RolesAllowed("admin")
    public List<ContentVersion> versions() {
        return history.versions(KIND, THE_BANK);
    }

    @RolesAllowed("admin")
    public List<BankChange> changes(int from, int to) {
        return BankChange.between(version(from).content(), version(to).content());
    }

    /**
     * Stores the edited bank as a new version. Refused, with nothing stored, when it breaks a rule
     * ({@link InvalidContentException}) or when someone saved a version after the draft's
     * ({@link StaleBankException}). A draft that changes nothing stores nothing.
     */
    @RolesAllowed("admin")
    public BankVersion save(BankDraft draft) {
        List<String> problems = validator.validate(draft).stream()
                .map(ConstraintViolation::getMessage).distinct().sorted().toList();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        history.lockNewest(KIND, THE_BANK);
        BankVersion current = requireUnchangedSince(draft.getBaseVersion());
        BankContent edited = draft.toContent();
        List<BankChange> changes = BankChange.between(current.content(), edited);
        if (changes.isEmpty()) {
            return current;
        }
        return store(edited, null, "UPDATED", "Changed: "
                + changes.stream().map(BankChange::summary).collect(Collectors.joining("; ")));
    }

    /** Makes an earlier version the current bank again, as a new version. */
    @RolesAllowed("admin")
    public BankVersion restore(int number, int expectedVersion) {
        history.lockNewest(KIND, THE_BANK);
        requireUnchangedSince(expectedVersion);
        return store(version(number).content(), "Restored version " + number, "RESTORED", "Version " + number);
    }

    private BankVersion store(BankContent content, String note, String action, String details) {
        ContentVersion saved = history.record(KIND, THE_BANK, audit.actor(), note, QuestionBankJson.write(content));
        audit.record(action, "question-bank", "version " + saved.getNumber(), details);
        return bankVersions.of(saved);
    }

    private BankVersion requireUnchangedSince(int expectedVersion) {
        BankVersion current = current();
        if (current.number() != expectedVersion) {
            throw new StaleBankException(current.number(), current.savedBy(), current.savedAt());
        }
        return current;
    }
}
