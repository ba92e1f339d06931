package app.rolewise.view.admin.roles;

import app.rolewise.library.boundary.DuplicateNameException;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.view.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;

/**
 * Backs the first step of a new role ({@code /admin/roles/new.xhtml}): its URL name, name, family and
 * summary make a draft, which the editor then completes.
 */
@Named
@RequestScoped
public class NewRoleBacking {

    @Inject
    RoleLibrary roleLibrary;

    @NotNull(message = "{role.slug.required}")
    private RoleSlug slug;
    private final Role draft = Role.blankDraft();

    public String create() {
        try {
            Role created = roleLibrary.create(draft.withSlug(slug));
            Feedback.info("admin.new.created", created.getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/roles/edit?faces-redirect=true&slug=" + created.getSlug().value();
        } catch (DuplicateNameException taken) {
            Feedback.warnAt("newRole:slug", taken);
            return null;
        }
    }

    public RoleSlug getSlug() {
        return slug;
    }

    public void setSlug(RoleSlug slug) {
        this.slug = slug;
    }

    public Role getDraft() {
        return draft;
    }
}
