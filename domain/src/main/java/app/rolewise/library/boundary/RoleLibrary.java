package app.rolewise.library.boundary;

import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.RoleStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Reads the role library and changes a role's lifecycle. Reading published roles is for every signed-in
 * user; everything that shows drafts and archived roles or changes them is for admins only, checked here
 * so that no page or endpoint can get around it.
 */
@Stateless
public class RoleLibrary {

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({"admin", "manager", "hr"})
    public List<Role> publishedRoles() {
        return em.createNamedQuery(Role.FIND_BY_STATUS, Role.class)
                .setParameter("status", RoleStatus.PUBLISHED)
                .getResultList();
    }

    @RolesAllowed("admin")
    public List<Role> allRoles() {
        return em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList();
    }

    @RolesAllowed("admin")
    public Role publish(RoleSlug slug) {
        Role role = find(slug).orElseThrow(() -> new UnknownRoleException(slug));
        role.publish();
        return role;
    }

    @RolesAllowed("admin")
    public Role archive(RoleSlug slug) {
        Role role = find(slug).orElseThrow(() -> new UnknownRoleException(slug));
        role.archive();
        return role;
    }

    private Optional<Role> find(RoleSlug slug) {
        return em.createNamedQuery(Role.FIND_BY_SLUG, Role.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }
}
