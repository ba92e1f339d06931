package app.rolewise.view.roles;

import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.view.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs a role's page ({@code /roles/role.xhtml?slug=…}): every dimension of one published role.
 */
@Named
@RequestScoped
public class RoleBacking {

    @Inject
    RoleLibrary roleLibrary;

    private RoleSlug slug;
    private Role role;

    /** Runs once the slug is converted; an unknown or unpublished role is a message, not an error page. */
    public void load() {
        role = slug == null ? null : roleLibrary.publishedRole(slug).orElse(null);
        if (role == null) {
            Feedback.warn("role.notFound", slug == null ? "" : slug.value());
        }
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
}
