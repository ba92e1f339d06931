package app.rolewise.library.control;

import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.RoleVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of each role: every save adds one with the role's whole content.
 */
@Dependent
public class RoleHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryJson json;

    Clock clock = Clock.systemUTC();

    public RoleVersion record(Role role, String actor, String note) {
        int next = em.createNamedQuery(RoleVersion.LATEST_NUMBER, Integer.class)
                .setParameter("role", role)
                .getSingleResult() + 1;
        RoleVersion version = new RoleVersion(role, next, Instant.now(clock), actor, note, json.writeRole(role.content()));
        em.persist(version);
        return version;
    }

    public List<RoleVersion> versions(Role role) {
        return em.createNamedQuery(RoleVersion.FOR_ROLE, RoleVersion.class).setParameter("role", role).getResultList();
    }

    public Optional<RoleVersion> latest(Role role) {
        return em.createNamedQuery(RoleVersion.FOR_ROLE, RoleVersion.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<RoleVersion> version(Role role, int number) {
        return em.createNamedQuery(RoleVersion.BY_NUMBER, RoleVersion.class)
                .setParameter("role", role)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public RoleContent contentOf(RoleVersion version) {
        return json.readRole(version.getContentJson());
    }
}
