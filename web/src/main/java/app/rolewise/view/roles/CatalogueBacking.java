package app.rolewise.view.roles;

import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs the role catalogue ({@code /roles/index.xhtml}): the published roles, by name.
 */
@Named
@RequestScoped
public class CatalogueBacking {

    @Inject
    RoleLibrary roleLibrary;

    private List<Role> roles;

    @PostConstruct
    void load() {
        roles = roleLibrary.publishedRoles();
    }

    public List<Role> getRoles() {
        return roles;
    }
}
