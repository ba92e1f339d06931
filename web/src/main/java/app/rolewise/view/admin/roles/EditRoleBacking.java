package app.rolewise.view.admin.roles;

import app.rolewise.library.boundary.DuplicateNameException;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.library.boundary.RoleIncompleteException;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.boundary.SkillCatalogue;
import app.rolewise.library.boundary.StaleRoleException;
import app.rolewise.library.boundary.UnknownRoleException;
import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.LifecycleException;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import app.rolewise.view.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs the role editor ({@code /admin/roles/edit.xhtml?slug=…}): every dimension of one role, its
 * skills from the catalogue (new ones created on the spot), preview, save, publish and archive.
 * <p>
 * The role being edited is a copy: nothing is stored until Save. If another admin saved the role in
 * the meantime, Save stores nothing, keeps the user's copy in the form and shows what the other admin
 * saved beside it, dimension by dimension; the next Save then stores the user's version.
 */
@Named
@ViewScoped
public class EditRoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SKILL_SUGGESTIONS = 12;

    @Inject
    transient RoleLibrary roleLibrary;

    @Inject
    transient SkillCatalogue catalogue;

    private RoleSlug slug;
    private Role role;
    private Conflict conflict;

    private Skill skillToAdd;
    private Emphasis emphasisToAdd = Emphasis.CORE;
    private Skill newSkill = Skill.blank();

    /** What another admin saved while this user edited: their version against the user's, per dimension. */
    public record Conflict(String savedBy, Instant savedAt, List<RoleContent.Change> changes) implements Serializable {
    }

    public void load() {
        role = slug == null ? null : roleLibrary.role(slug).orElse(null);
        if (role == null) {
            Feedback.warn("admin.roles.unknown", slug == null ? "" : slug.value());
        }
    }

    public void save() {
        store();
    }

    /** Saves the form; true if the role is stored as shown (saved now, or nothing to save). */
    private boolean store() {
        try {
            long versionBefore = role.getVersion();
            role = roleLibrary.save(role);
            conflict = null;
            Feedback.info(role.getVersion() == versionBefore ? "admin.edit.unchanged" : "admin.edit.saved", role.getName());
            return true;
        } catch (StaleRoleException stale) {
            showConflict(stale.saved(), stale.savedVersion(), stale.savedBy(), stale.savedAt());
        } catch (RoleIncompleteException incomplete) {
            Feedback.warn("admin.edit.mustStayComplete", String.join(" ", incomplete.missing()));
        }
        return false;
    }

    private void showConflict(RoleContent saved, long savedVersion, String savedBy, Instant savedAt) {
        conflict = new Conflict(savedBy, savedAt, saved.changesTo(role.content()));
        role.rebaseOnVersion(savedVersion);
        Feedback.warn("admin.edit.conflict", savedBy);
    }

    /** Gives up the user's copy and continues from what is saved. */
    public void takeSaved() {
        role = roleLibrary.role(slug).orElseThrow(() -> new UnknownRoleException(slug));
        conflict = null;
        Feedback.info("admin.edit.reloaded");
    }

    public void saveAndPublish() {
        if (!store()) {
            return;
        }
        try {
            roleLibrary.publish(slug);
            role = roleLibrary.role(slug).orElseThrow(() -> new UnknownRoleException(slug));
            Feedback.info("admin.roles.published", role.getName());
        } catch (RoleIncompleteException incomplete) {
            Feedback.warn("admin.roles.incomplete", role.getName(), String.join(" ", incomplete.missing()));
        } catch (LifecycleException refused) {
            Feedback.warn("admin.roles.lifecycleRefused", slug.value(), refused.from(), refused.to());
        }
    }

    public void archive() {
        try {
            roleLibrary.archive(slug);
            role = roleLibrary.role(slug).orElseThrow(() -> new UnknownRoleException(slug));
            Feedback.info("admin.roles.archived", role.getName());
        } catch (LifecycleException refused) {
            Feedback.warn("admin.roles.lifecycleRefused", slug.value(), refused.from(), refused.to());
        }
    }

    public List<Skill> suggestSkills(String text) {
        return catalogue.search(text, SKILL_SUGGESTIONS);
    }

    public void addSkill() {
        if (skillToAdd == null) {
            Feedback.warnAt("roleForm:skillToAdd", "admin.edit.pickSkill");
            return;
        }
        role.useSkill(skillToAdd, emphasisToAdd);
        skillToAdd = null;
    }

    public void removeSkill(Skill skill) {
        role.dropSkill(skill);
    }

    public void createSkill() {
        try {
            Skill created = catalogue.create(newSkill);
            role.useSkill(created, emphasisToAdd);
            Feedback.info("admin.edit.skillCreated", created.getName());
            newSkill = Skill.blank();
        } catch (DuplicateNameException taken) {
            Feedback.warn("admin.edit.skillExists", taken.name());
            FacesContext.getCurrentInstance().validationFailed(); // keeps the dialog open with the input
        } catch (InvalidContentException invalid) {
            invalid.problems().forEach(Feedback::warnText);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void addMisconception() {
        role.addMisconception();
    }

    public void removeMisconception(int index) {
        role.removeMisconception(index);
    }

    public void addFaqEntry() {
        role.addFaqEntry();
    }

    public void removeFaqEntry(int index) {
        role.removeFaqEntry(index);
    }

    public RoleSlug getSlug() {
        return slug;
    }

    public void setSlug(RoleSlug slug) {
        this.slug = slug;
    }

    public Role getRole() {
        return role;
    }

    public Conflict getConflict() {
        return conflict;
    }

    public Skill getSkillToAdd() {
        return skillToAdd;
    }

    public void setSkillToAdd(Skill skillToAdd) {
        this.skillToAdd = skillToAdd;
    }

    public Emphasis getEmphasisToAdd() {
        return emphasisToAdd;
    }

    public void setEmphasisToAdd(Emphasis emphasisToAdd) {
        this.emphasisToAdd = emphasisToAdd;
    }

    public Skill getNewSkill() {
        return newSkill;
    }

    public Emphasis[] getEmphases() {
        return Emphasis.values();
    }

    public SkillKind[] getSkillKinds() {
        return SkillKind.values();
    }
}
