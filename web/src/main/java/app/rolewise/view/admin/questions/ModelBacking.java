package app.rolewise.view.admin.questions;

import app.rolewise.content.RefusedException;
import app.rolewise.content.StaleContentException;
import app.rolewise.hiring.recommendation.boundary.QuestionBank;
import app.rolewise.hiring.recommendation.entity.BankDraft;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.hiring.recommendation.entity.CoverageDraft;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.view.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the decision model's editor ({@code /admin/questions/model.xhtml}): for every published role, how much
 * of each need it covers and which needs must be met before it can do its work. Saving stores the whole bank
 * as a new version, as the question editor does; refused input keeps the form as typed.
 */
@Named
@ViewScoped
public class ModelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionBank questionBank;

    @Inject
    transient RoleLibrary roleLibrary;

    private BankDraft bank;
    private Map<String, String> roleNames;
    private List<CoverageDraft> roles;
    private String conflictBy;

    public void load() {
        roleNames = new LinkedHashMap<>();
        roleLibrary.publishedRoles().forEach(role -> roleNames.put(role.getSlug().value(), role.getName()));
        edit(questionBank.draft());
    }

    /** Every published role has its row, in the order of their names; a role new to the model starts empty. */
    private void edit(BankDraft draft) {
        bank = draft;
        roleNames.keySet().forEach(bank::coverageOf);
        roles = bank.getCoverage().stream().filter(role -> roleNames.containsKey(role.getRole()))
                .sorted(Comparator.comparing(role -> roleNames.get(role.getRole()))).toList();
    }

    public void save() {
        try {
            BankVersion saved = questionBank.save(bank);
            conflictBy = null;
            if (saved.number() == bank.getBaseVersion()) {
                Feedback.info("admin.edit.unchanged");
            } else {
                Feedback.info("admin.model.saved", saved.number());
            }
            edit(BankDraft.of(saved));
        } catch (StaleContentException stale) {
            conflictBy = stale.savedBy();
            Feedback.warn("admin.questions.conflict", stale.savedBy(), stale.savedVersion());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
    }

    /** Drops this form's changes and shows the model as the newest version has it. */
    public void takeSaved() {
        edit(questionBank.draft());
        conflictBy = null;
        Feedback.info("admin.edit.reloaded");
    }

    public void addPrerequisite(CoverageDraft role) {
        role.addPrerequisite();
    }

    public void removePrerequisite(CoverageDraft role, int index) {
        role.removePrerequisite(index);
    }

    public String nameOf(String role) {
        return roleNames.getOrDefault(role, role);
    }

    public BankDraft getBank() {
        return bank;
    }

    public List<CoverageDraft> getRoles() {
        return roles;
    }

    public String getConflictBy() {
        return conflictBy;
    }
}
