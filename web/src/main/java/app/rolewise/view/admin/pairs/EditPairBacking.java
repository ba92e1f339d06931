package app.rolewise.view.admin.pairs;

import app.rolewise.comparison.boundary.PairContents;
import app.rolewise.comparison.boundary.StalePairException;
import app.rolewise.comparison.entity.PairContent;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.history.entity.ContentVersion;
import app.rolewise.library.boundary.RoleIncompleteException;
import app.rolewise.library.entity.LifecycleException;
import app.rolewise.view.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs the pair editor ({@code /admin/pairs/edit.xhtml?key=…}): the content, save with the same
 * conflict handling as roles, publish and archive, and the versions with what each changed and restore.
 */
@Named
@ViewScoped
public class EditPairBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PairContents pairContents;

    private String key;
    private RolePair pair;
    private List<PairContent.Change> conflict;
    private String conflictBy;
    private List<ContentVersion> versions;
    private Integer shownVersion;
    private List<PairContent.Change> versionChanges = List.of();

    public void load() {
        pair = key == null ? null : pairContents.pair(key).orElse(null);
        if (pair == null) {
            Feedback.warn("admin.pairs.unknown", key == null ? "" : key);
            return;
        }
        loadVersions();
    }

    private void loadVersions() {
        versions = pairContents.versions(key);
        shownVersion = null;
        versionChanges = List.of();
    }

    public void save() {
        store();
    }

    /** Saves the form; true if the pair is stored as shown (saved now, or nothing to save). */
    private boolean store() {
        try {
            long before = pair.getVersion();
            pair = pairContents.save(pair);
            conflict = null;
            Feedback.info(pair.getVersion() == before ? "admin.edit.unchanged" : "admin.pairs.saved");
            loadVersions();
            return true;
        } catch (StalePairException stale) {
            conflict = stale.saved().changesTo(pair.content());
            conflictBy = stale.savedBy();
            pair.rebaseOnVersion(stale.savedVersion());
            Feedback.warn("admin.edit.conflict", stale.savedBy());
        } catch (RoleIncompleteException incomplete) {
            Feedback.warn("admin.edit.mustStayComplete", String.join(" ", incomplete.missing()));
        }
        return false;
    }

    public void takeSaved() {
        pair = pairContents.pair(key).orElseThrow();
        conflict = null;
        Feedback.info("admin.edit.reloaded");
    }

    public void publish() {
        if (!store()) {
            return;
        }
        try {
            pair = pairContents.publish(key);
            Feedback.info("admin.pairs.published");
        } catch (RoleIncompleteException incomplete) {
            Feedback.warn("admin.pairs.incomplete", String.join(" ", incomplete.missing()));
        } catch (LifecycleException refused) {
            Feedback.warn("admin.roles.lifecycleRefused", key, refused.from(), refused.to());
        }
    }

    public void archive() {
        try {
            pair = pairContents.archive(key);
            Feedback.info("admin.pairs.archived");
        } catch (LifecycleException refused) {
            Feedback.warn("admin.roles.lifecycleRefused", key, refused.from(), refused.to());
        }
    }

    /** Shows what a version changed compared with the one before it. */
    public void show(int number) {
        shownVersion = number;
        PairContent after = pairContents.versionContent(key, number).orElseThrow();
        PairContent before = number > 1 ? pairContents.versionContent(key, number - 1).orElse(after) : after;
        versionChanges = before.changesTo(after);
    }

    public void restore(int number) {
        try {
            pair = pairContents.restore(key, number, pair.getVersion());
            Feedback.info("admin.history.restored", number, pair.getPairKey());
        } catch (StalePairException stale) {
            pair = pairContents.pair(key).orElseThrow();
            Feedback.warn("admin.history.changedMeanwhile", stale.savedBy());
        }
        loadVersions();
    }

    public void addMyth() {
        pair.addMyth();
    }

    public void removeMyth(int index) {
        pair.removeMyth(index);
    }

    public void addFaqEntry() {
        pair.addFaqEntry();
    }

    public void removeFaqEntry(int index) {
        pair.removeFaqEntry(index);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public RolePair getPair() {
        return pair;
    }

    public List<PairContent.Change> getConflict() {
        return conflict;
    }

    public String getConflictBy() {
        return conflictBy;
    }

    public List<ContentVersion> getVersions() {
        return versions;
    }

    public Integer getShownVersion() {
        return shownVersion;
    }

    public List<PairContent.Change> getVersionChanges() {
        return versionChanges;
    }
}
