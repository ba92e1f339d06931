package app.rolewise.view.admin.questions;

import app.rolewise.content.RefusedException;
import app.rolewise.hiring.recommendation.boundary.QuestionBank;
import app.rolewise.hiring.recommendation.entity.BankDraft;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Backs the question bank's list ({@code /admin/questions/index.xhtml}): the current version's questions
 * section by section, removing a question (saved at once as a new version), and the needs of the decision
 * model the answers feed.
 */
@Named
@ViewScoped
public class QuestionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionBank questionBank;

    private BankDraft bank;

    @PostConstruct
    void load() {
        bank = questionBank.draft();
    }

    public void remove(String code) {
        bank.removeQuestion(code);
        try {
            BankVersion saved = questionBank.save(bank);
            Feedback.info("admin.questions.removed", code, saved.number());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
        load();
    }

    public BankDraft getBank() {
        return bank;
    }
}
