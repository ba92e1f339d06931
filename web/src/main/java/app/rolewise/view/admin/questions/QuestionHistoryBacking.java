package app.rolewise.view.admin.questions;

import app.rolewise.content.RefusedException;
import app.rolewise.hiring.recommendation.boundary.QuestionBank;
import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.Version;
import app.rolewise.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs the question bank's history ({@code /admin/questions/history.xhtml}): every saved version, what
 * changed between any two, and restoring an earlier one (as a new version).
 */
@Named
@ViewScoped
public class QuestionHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionBank questionBank;

    private List<Version> versions;
    private Integer from;
    private Integer to;
    private List<Change<BankContent.Place>> changes = List.of();

    @PostConstruct
    void load() {
        versions = questionBank.versions();
        to = versions.isEmpty() ? null : versions.get(0).number();
        from = versions.size() < 2 ? to : versions.get(1).number();
        compare();
    }

    public void compare() {
        changes = from == null || to == null ? List.of() : questionBank.changes(from, to);
    }

    public void restore(int number) {
        try {
            BankVersion restored = questionBank.restore(number, versions.get(0).number());
            Feedback.info("admin.questions.restored", number, restored.number());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
        load();
    }

    public List<Version> getVersions() {
        return versions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public List<Change<BankContent.Place>> getChanges() {
        return changes;
    }
}
