package app.rolewise.view.admin.roles;

import app.rolewise.content.RefusedException;
import app.rolewise.content.StaleContentException;
import app.rolewise.history.entity.Merge;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.boundary.SkillCatalogue;
import app.rolewise.library.boundary.UnknownRoleException;
import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.RoleContent.Dimension;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import app.rolewise.view.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Backs the role editor ({@code /admin/roles/edit.xhtml?slug=…}): every dimension of one role, its
 * skills from the catalogue (new ones created on the spot), preview, save, publish and archive.
 * <p>
 * The role being edited is a copy: nothing is stored until Save. If another admin saved the role in
 * the meantime, Save stores nothing and merges, dimension by dimension, the user's edit with what the
 * other admin saved, both made from the version the form was opened with: the form then shows their
 * version with the user's changes over it, and the next Save applies only those changes to it. A
 * dimension both changed differently shows both texts; the user keeps theirs or takes the other's for
 * each before anything is saved. Nothing is saved without a Save.
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
    /** What the form's edits started from: the version loaded or saved, or the newer one after a merge. */
    private RoleContent base;
    /** The version this user's edits apply to: the one loaded, or the newer one after a merge. */
    private long expectedVersion;
    private Merging merging;
    /** Which version the user put into the form, per dimension both changed. */
    private final Map<Dimension, Pick> picks = new EnumMap<>(Dimension.class);

    private Skill skillToAdd;
    /** A role's skill always has an emphasis: a post without one is refused here, before it reaches the role. */
    @NotNull(message = "{roleSkill.emphasis.required}")
    private Emphasis emphasisToAdd = Emphasis.CORE;
    private Skill newSkill = Skill.blank();

    /**
     * A save refused because another admin saved meanwhile, merged with what they saved: who saved it and
     * when, what the user had in the form then and what the other admin saved (to put either into the form
     * for a dimension both changed), and who changed which dimensions.
     */
    public record Merging(String savedBy, Instant savedAt, RoleContent mine, RoleContent theirs, Merge<Dimension> merge)
            implements Serializable {
    }

    /** Whose version of a dimension both changed is in the form. */
    public enum Pick {
        MINE, THEIRS
    }

    public void load() {
        Role loaded = slug == null ? null : roleLibrary.role(slug).orElse(null);
        if (loaded == null) {
            Feedback.warn("admin.roles.unknown", slug == null ? "" : slug.value());
            return;
        }
        continueFrom(loaded);
    }

    /** The form shows the role as it is saved, and the next save applies to that version. */
    private void continueFrom(Role saved) {
        role = saved;
        base = saved.content();
        expectedVersion = saved.getVersion();
        merging = null;
        picks.clear();
    }

    public void save() {
        store();
    }

    /** Saves the form; true if the role is stored as shown (saved now, or nothing to save). */
    private boolean store() {
        if (merging != null && !picks.keySet().containsAll(merging.merge().conflictingFields())) {
            Feedback.warn("admin.edit.pickEach");
            return false;
        }
        try {
            Role saved = roleLibrary.save(slug, expectedVersion, role.content(), null);
            boolean unchanged = saved.getVersion() == expectedVersion;
            continueFrom(saved);
            Feedback.info(unchanged ? "admin.edit.unchanged" : "admin.edit.saved", saved.getName());
            return true;
        } catch (StaleContentException stale) {
            merge(stale);
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
        return false;
    }

    /**
     * Puts into the form the version saved meanwhile with this user's changes over it; the form's stale texts
     * of dimensions the user did not change would otherwise write the other admin's changes back.
     */
    private void merge(StaleContentException stale) {
        RoleContent mine = role.content();
        RoleContent theirs = stale.saved(RoleContent.class);
        RoleContent.Merged merged = RoleContent.merge(base, mine, theirs);
        putIntoForm(merged.content());
        base = theirs;
        expectedVersion = stale.savedVersion();
        merging = new Merging(stale.savedBy(), stale.savedAt(), mine, theirs, merged.merge());
        picks.clear();
        Feedback.warn(merged.merge().clean() ? "admin.edit.merged" : "admin.edit.mergeConflict", stale.savedBy());
    }

    /** For a dimension both changed: the user's own text goes into the form (again). */
    public void keepMine(Dimension dimension) {
        pick(dimension, Pick.MINE, merging.mine());
    }

    /** For a dimension both changed: the other admin's text goes into the form. */
    public void takeTheirs(Dimension dimension) {
        pick(dimension, Pick.THEIRS, merging.theirs());
    }

    private void pick(Dimension dimension, Pick pick, RoleContent from) {
        putIntoForm(role.content().with(dimension, from));
        picks.put(dimension, pick);
    }

    /**
     * Makes the form show the content, its skills as the catalogue has them: the form's own where it has
     * them, the others (what the other admin added) read in one go.
     */
    private void putIntoForm(RoleContent content) {
        Map<String, Skill> skills = new HashMap<>();
        role.getSkills().forEach(use -> skills.put(skillKey(use.getSkill().getName()), use.getSkill()));
        List<String> missing = content.skills().stream().map(RoleContent.SkillUse::name)
                .filter(name -> !skills.containsKey(skillKey(name))).toList();
        if (!missing.isEmpty()) {
            catalogue.named(missing).forEach(skill -> skills.put(skillKey(skill.getName()), skill));
        }
        // the catalogue never loses a skill, so a name it lacks is a bug, not something the user can mend
        role.revise(content, name -> Optional.ofNullable(skills.get(skillKey(name)))
                .orElseThrow(() -> new IllegalStateException("No skill called " + name)));
    }

    private static String skillKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Gives up the user's copy and continues from what is saved. */
    public void takeSaved() {
        continueFrom(roleLibrary.role(slug).orElseThrow(() -> new UnknownRoleException(slug)));
        Feedback.info("admin.edit.reloaded");
    }

    public void saveAndPublish() {
        if (!store()) {
            return;
        }
        try {
            roleLibrary.publish(slug);
            continueFrom(roleLibrary.role(slug).orElseThrow(() -> new UnknownRoleException(slug)));
            Feedback.info("admin.roles.published", role.getName());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
    }

    public void archive() {
        try {
            roleLibrary.archive(slug);
            continueFrom(roleLibrary.role(slug).orElseThrow(() -> new UnknownRoleException(slug)));
            Feedback.info("admin.roles.archived", role.getName());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
    }

    public List<Skill> suggestSkills(String text) {
        return catalogue.search(text, SKILL_SUGGESTIONS);
    }

    public void addSkill() {
        if (skillToAdd == null) {
            Feedback.warnAt("roleForm:tabs:skillToAdd", "admin.edit.pickSkill");
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
        } catch (RefusedException refused) {
            Feedback.warn(refused);
            FacesContext.getCurrentInstance().validationFailed(); // keeps the dialog open with the input
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

    public Merging getMerging() {
        return merging;
    }

    public Map<Dimension, Pick> getPicks() {
        return picks;
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
