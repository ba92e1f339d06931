package app.rolewise.view.admin.roles;

import app.rolewise.content.StaleContentException;
import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.Version;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.view.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs a role's history ({@code /admin/roles/history.xhtml?slug=…}): every saved version, the
 * differences between any two, and restoring an earlier one (as a new version).
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoleLibrary roleLibrary;

    private RoleSlug slug;
    private Role role;
    private List<Version> versions;
    private Integer from;
    private Integer to;
    private List<Change<RoleContent.Dimension>> changes = List.of();

    public void load() {
        role = slug == null ? null : roleLibrary.role(slug).orElse(null);
        if (role == null) {
            Feedback.warn("admin.roles.unknown", slug == null ? "" : slug.value());
            return;
        }
        reload();
    }

    private void reload() {
        versions = roleLibrary.versions(slug);
        to = versions.isEmpty() ? null : versions.get(0).number();
        from = versions.size() < 2 ? to : versions.get(1).number();
        compare();
    }

    public void compare() {
        if (from == null || to == null) {
            changes = List.of();
            return;
        }
        RoleContent older = roleLibrary.versionContent(slug, from).orElseThrow();
        RoleContent newer = roleLibrary.versionContent(slug, to).orElseThrow();
        changes = older.changesTo(newer);
    }

    public void restore(int number) {
        try {
            role = roleLibrary.restore(slug, number, role.getVersion());
            Feedback.info("admin.history.restored", number, role.getName());
        } catch (StaleContentException stale) {
            role = roleLibrary.role(slug).orElseThrow();
            Feedback.warn("admin.history.changedMeanwhile", stale.savedBy());
        }
        reload();
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

    public List<Change<RoleContent.Dimension>> getChanges() {
        return changes;
    }
}
