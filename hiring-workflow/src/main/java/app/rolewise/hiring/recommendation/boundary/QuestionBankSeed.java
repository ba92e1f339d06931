package app.rolewise.hiring.recommendation.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import app.rolewise.hiring.recommendation.entity.Question;
import app.rolewise.history.boundary.ContentHistory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

import static app.rolewise.hiring.recommendation.control.BankVersions.KIND;
import static app.rolewise.hiring.recommendation.control.BankVersions.THE_BANK;

/**
 * Makes the question bank that ships with Rolewise ({@code hiring/question-bank.json}) version 1 of the
 * maintained bank, once, on the first start with an empty bank. From then on admins own it.
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

    @PostConstruct
    void seedEmptyBank() {
        if (history.latestNumber(KIND, THE_BANK) > 0) {
            return;
        }
        List<Question> questions = QuestionBankJson.seed();
        history.record(KIND, THE_BANK, AuditLog.SYSTEM, "Seed", QuestionBankJson.write(questions));
        audit.record("CREATED", "question-bank", "version 1", "Seed: " + questions.size() + " questions");
        LOG.info(() -> "Seeded the question bank: " + questions.size() + " questions");
    }
}
