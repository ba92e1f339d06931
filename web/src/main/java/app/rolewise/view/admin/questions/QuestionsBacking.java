package app.rolewise.view.admin.questions;

import app.rolewise.hiring.recommendation.boundary.QuestionBank;
import app.rolewise.hiring.recommendation.boundary.StaleBankException;
import app.rolewise.hiring.recommendation.entity.BankDraft;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs the question bank's list ({@code /admin/questions/index.xhtml}): the current version's questions
 * section by section, removing a question (saved at once as a new version), and the decision model the
 * answers feed, to read: the needs, and what each role covers and requires first.
 */
@Named
@ViewScoped
public class QuestionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionBank questionBank;

    @Inject
    transient RoleLibrary roleLibrary;

    private BankDraft bank;
    private List<ModelRow> model;

    /** One role in the decision model, in words: "Integrated data (3), Reliable, timely pipelines (3)". */
    public record ModelRow(String role, String covers, String requires) implements Serializable {
    }

    @PostConstruct
    void load() {
        bank = questionBank.draft();
        Map<String, String> needNames = new HashMap<>();
        bank.needs().forEach(need -> needNames.put(need.code(), need.name()));
        Map<String, String> roleNames = new HashMap<>();
        roleLibrary.publishedRoles().forEach(role -> roleNames.put(role.getSlug().value(), role.getName()));
        model = bank.getModel().roles().entrySet().stream()
                .map(role -> new ModelRow(roleNames.getOrDefault(role.getKey(), role.getKey()),
                        role.getValue().covers().entrySet().stream()
                                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                                .map(need -> needNames.getOrDefault(need.getKey(), need.getKey()) + " (" + need.getValue() + ")")
                                .collect(Collectors.joining(", ")),
                        role.getValue().requires().stream().map(prerequisite -> needNames.getOrDefault(prerequisite.need(), prerequisite.need()))
                                .collect(Collectors.joining(", "))))
                .sorted(Comparator.comparing(ModelRow::role))
                .toList();
    }

    public List<ModelRow> getModel() {
        return model;
    }

    public void remove(String code) {
        bank.removeQuestion(code);
        try {
            BankVersion saved = questionBank.save(bank);
            Feedback.info("admin.questions.removed", code, saved.number());
        } catch (StaleBankException stale) {
            Feedback.warn("admin.questions.changedMeanwhile", stale.savedBy(), stale.savedVersion());
        } catch (InvalidContentException invalid) {
            invalid.problems().forEach(Feedback::warnText);
        }
        load();
    }

    public BankDraft getBank() {
        return bank;
    }
}
