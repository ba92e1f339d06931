package app.rolewise.view.admin.questions;

import app.rolewise.content.RefusedException;
import app.rolewise.content.StaleContentException;
import app.rolewise.hiring.recommendation.boundary.QuestionBank;
import app.rolewise.hiring.recommendation.entity.AnswerDraft;
import app.rolewise.hiring.recommendation.entity.BankDraft;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.hiring.recommendation.entity.QuestionDraft;
import app.rolewise.view.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs the question editor ({@code /admin/questions/edit.xhtml?code=…}, without a code for a new
 * question): the question with its answers, each answer's reason and its effect on each need of the
 * bank's decision model.
 * Saving stores the whole bank as a new version. Refused input keeps the form as typed; when someone saved
 * the bank meanwhile, nothing is stored and the admin can put this question on top of the newer version.
 */
@Named
@ViewScoped
public class EditQuestionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionBank questionBank;

    /** A need an answer can raise or lessen. */
    public record NeedChoice(String code, String name, String description) implements Serializable {
    }

    private String code;
    private BankDraft bank;
    private QuestionDraft question;
    private String savedCode;
    private String conflictBy;
    private Long conflictVersion;

    public void load() {
        bank = questionBank.draft();
        if (code == null || code.isBlank()) {
            question = bank.addQuestion(null);
            return;
        }
        question = bank.question(code).orElse(null);
        savedCode = code;
        if (question == null) {
            Feedback.warn("admin.questions.unknown", code);
        }
    }

    public void save() {
        try {
            BankVersion saved = questionBank.save(bank);
            conflictBy = null;
            conflictVersion = null;
            if (saved.number() == bank.getBaseVersion()) {
                Feedback.info("admin.edit.unchanged");
            } else {
                Feedback.info("admin.questions.saved", question.getCode(), saved.number());
            }
            bank = BankDraft.of(saved);
            savedCode = question.getCode();
            question = bank.question(savedCode).orElseThrow();
        } catch (StaleContentException stale) {
            conflictBy = stale.savedBy();
            conflictVersion = stale.savedVersion();
            Feedback.warn("admin.questions.conflict", stale.savedBy(), stale.savedVersion());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
    }

    /** Puts this question, as typed, on the newer version of the bank; the next save stores it there. */
    public void keepMine() {
        BankDraft newer = questionBank.draft();
        List<QuestionDraft> questions = newer.getQuestions();
        int at = savedCode == null ? -1 : questions.indexOf(newer.question(savedCode).orElse(null));
        if (at < 0) {
            questions.add(question);
        } else {
            questions.set(at, question);
        }
        bank = newer;
        conflictBy = null;
        conflictVersion = null;
        Feedback.info("admin.questions.rebased", bank.getBaseVersion());
    }

    /** Drops this form's changes and shows the question as the newest version has it. */
    public void takeSaved() {
        bank = questionBank.draft();
        question = savedCode == null ? bank.addQuestion(null) : bank.question(savedCode).orElse(null);
        conflictBy = null;
        conflictVersion = null;
        Feedback.info("admin.edit.reloaded");
    }

    public void addAnswer() {
        question.addAnswer();
    }

    public void removeAnswer(int index) {
        question.removeAnswer(index);
    }

    /** The model's needs, then any need an answer still names that the model does not have (refused on save). */
    public List<NeedChoice> needsFor(AnswerDraft answer) {
        List<NeedChoice> choices = new ArrayList<>(bank.needs().stream()
                .map(need -> new NeedChoice(need.code(), need.name(), need.description())).toList());
        answer.getNeeds().keySet().stream()
                .filter(code -> choices.stream().noneMatch(need -> need.code().equals(code)))
                .forEach(code -> choices.add(new NeedChoice(code, code, "")));
        return choices;
    }

    public List<String> getSections() {
        return bank.sections();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BankDraft getBank() {
        return bank;
    }

    public QuestionDraft getQuestion() {
        return question;
    }

    /** The sections so far whose name contains what was typed, for the section field. */
    public List<String> completeSection(String typed) {
        String part = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return bank.sections().stream().filter(section -> section.toLowerCase(java.util.Locale.ROOT).contains(part)).toList();
    }

    public boolean isCreating() {
        return savedCode == null;
    }

    public String getConflictBy() {
        return conflictBy;
    }

    public Long getConflictVersion() {
        return conflictVersion;
    }
}
