package app.rolewise.view.admin.pairs;

import app.rolewise.comparison.boundary.PairContents;
import app.rolewise.comparison.entity.PairContent;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.content.RefusedException;
import app.rolewise.content.StaleContentException;
import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.Version;
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
    /** The version this user's edits apply to: the one loaded, or the newer one after a conflict. */
    private long expectedVersion;
    private List<Change<PairContent.Part>> conflict;
    private String conflictBy;
    private List<Version> versions;
    private Integer shownVersion;
    private List<Change<PairContent.Part>> versionChanges = List.of();

    public void load() {
        pair = key == null ? null : pairContents.pair(key).orElse(null);
        if (pair == null) {
            Feedback.warn("admin.pairs.unknown", key == null ? "" : key);
            return;
        }
        expectedVersion = pair.getVersion();
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
            pair = pairContents.save(key, expectedVersion, pair.content(), null);
            conflict = null;
            Feedback.info(pair.getVersion() == expectedVersion ? "admin.edit.unchanged" : "admin.pairs.saved");
            expectedVersion = pair.getVersion();
            loadVersions();
            return true;
        } catch (StaleContentException stale) {
            conflict = stale.saved(PairContent.class).changesTo(pair.content());
            conflictBy = stale.savedBy();
            expectedVersion = stale.savedVersion();
            Feedback.warn("admin.edit.conflict", stale.savedBy());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
        return false;
    }

    public void takeSaved() {
        pair = pairContents.pair(key).orElseThrow();
        expectedVersion = pair.getVersion();
        conflict = null;
        Feedback.info("admin.edit.reloaded");
    }

    public void publish() {
        if (!store()) {
            return;
        }
        try {
            pair = pairContents.publish(key);
            expectedVersion = pair.getVersion();
            Feedback.info("admin.pairs.published");
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
    }

    public void archive() {
        try {
            pair = pairContents.archive(key);
            expectedVersion = pair.getVersion();
            Feedback.info("admin.pairs.archived");
        } catch (RefusedException refused) {
            Feedback.warn(refused);
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
            pair = pairContents.restore(key, number, expectedVersion);
            Feedback.info("admin.history.restored", number, pair.getPairKey());
        } catch (StaleContentException stale) {
            pair = pairContents.pair(key).orElseThrow();
            Feedback.warn("admin.history.changedMeanwhile", stale.savedBy());
        }
        expectedVersion = pair.getVersion();
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

    public List<Change<PairContent.Part>> getConflict() {
        return conflict;
    }

    public String getConflictBy() {
        return conflictBy;
    }

    public List<Version> getVersions() {
        return versions;
    }

    public Integer getShownVersion() {
        return shownVersion;
    }

    public List<Change<PairContent.Part>> getVersionChanges() {
        return versionChanges;
    }
}
