package app.rolewise.hiring.recommendation.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.hiring.recommendation.control.BankVersions;
import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.Version;
import app.rolewise.history.entity.VersionNote;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Logger;

import static app.rolewise.hiring.recommendation.control.BankVersions.KIND;
import static app.rolewise.hiring.recommendation.control.BankVersions.THE_BANK;

/**
 * Makes the question bank that ships with Rolewise ({@code hiring/question-bank.json}) version 1 of the
 * maintained bank, once, on the first start with an empty bank. From then on admins own it. A bank saved
 * before the decision model existed cannot recommend, so the shipped bank becomes its next version (the older
 * versions stay readable); assessments still open on the older version move to it (see the assessments).
 */
@Startup
@Singleton
@DependsOn("LibrarySeed")
public class QuestionBankSeed {

    private static final Logger LOG = Logger.getLogger(QuestionBankSeed.class.getName());

    @Inject
    ContentHistory history;

    @Inject
    AuditLog audit;

    @Inject
    BankVersions bankVersions;

    @Inject
    Event<DecisionModelArrived> modelArrived;

    @PostConstruct
    void seedEmptyBank() {
        Optional<BankContent> latest = history.latest(KIND, THE_BANK).map(Version.Versioned::content);
        if (latest.isPresent() && latest.get().hasModel()) {
            return;
        }
        BankContent shipped = QuestionBankJson.seed();
        Version saved = history.record(KIND, THE_BANK, AuditLog.SYSTEM, latest.isEmpty() ? VersionNote.seeded() : VersionNote.modelAdded(), shipped);
        audit.record(latest.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED, "question-bank", "version " + saved.number(),
                (latest.isEmpty() ? "Seed: " : "The shipped bank with its decision model of needs and roles: ")
                        + shipped.questions().size() + " questions, " + shipped.model().needs().size() + " needs");
        LOG.info(() -> "Seeded the question bank as version " + saved.number() + ": " + shipped.questions().size() + " questions");
        if (latest.isPresent()) {
            modelArrived.fire(new DecisionModelArrived(bankVersions.of(saved.with(shipped))));
        }
    }
}
