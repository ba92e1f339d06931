package app.rolewise.comparison.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.comparison.control.PairHistory;
import app.rolewise.comparison.entity.PairContent;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.history.entity.ContentVersion;
import app.rolewise.library.boundary.DuplicateNameException;
import app.rolewise.library.boundary.RoleIncompleteException;
import app.rolewise.library.boundary.UnknownRoleException;
import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.Publishable;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pair content: read by everyone signed in once published, written by admins with the same
 * versions, conflict check and audit as roles.
 */
@Stateless
public class PairContents {

    @PersistenceContext
    EntityManager em;

    @Inject
    PairHistory history;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    /** The published pair about exactly these two roles, in either order. */
    @RolesAllowed({"admin", "manager", "hr"})
    public Optional<RolePair> publishedFor(RoleSlug one, RoleSlug other) {
        return find(RolePair.keyOf(one.value(), other.value())).filter(RolePair::isPublished).map(PairContents::loaded);
    }

    /** The published pairs, for the hub. */
    @RolesAllowed({"admin", "manager", "hr"})
    public List<RolePair> curated() {
        return em.createNamedQuery(RolePair.FIND_BY_STATUS, RolePair.class)
                .setParameter("status", ContentStatus.PUBLISHED).getResultList();
    }

    @RolesAllowed("admin")
    public List<RolePair> all() {
        return em.createNamedQuery(RolePair.FIND_ALL, RolePair.class).getResultList();
    }

    @RolesAllowed("admin")
    public Optional<RolePair> pair(String key) {
        return find(key).map(PairContents::loaded);
    }

    @RolesAllowed("admin")
    public RolePair create(RoleSlug one, RoleSlug other) {
        RolePair pair = new RolePair(role(one), role(other));
        if (find(pair.getPairKey()).isPresent()) {
            throw new DuplicateNameException(pair.getPairKey());
        }
        em.persist(pair);
        em.flush();
        history.record(pair, audit.actor(), "Created");
        audit.record("CREATED", "pair", pair.getPairKey(), null);
        return loaded(pair);
    }

    @RolesAllowed("admin")
    public RolePair save(RolePair edited) {
        RolePair saved = lockedForChange(edited.getPairKey());
        requireUnchangedSince(saved, edited.getVersion());
        List<PairContent.Change> changes = saved.content().changesTo(edited.content());
        if (changes.isEmpty()) {
            return loaded(saved);
        }
        saved.revise(edited.content());
        if (saved.isPublished()) {
            requireComplete(saved);
        }
        em.flush();
        history.record(saved, audit.actor(), null);
        audit.record("UPDATED", "pair", saved.getPairKey(), "Changed: "
                + changes.stream().map(change -> change.part().name()).collect(Collectors.joining(", ")));
        return loaded(saved);
    }

    @RolesAllowed("admin")
    public RolePair publish(String key) {
        RolePair pair = find(key).orElseThrow(() -> new IllegalArgumentException(key));
        requireComplete(loaded(pair));
        pair.publish();
        audit.record("PUBLISHED", "pair", key, null);
        return loaded(pair);
    }

    @RolesAllowed("admin")
    public RolePair archive(String key) {
        RolePair pair = find(key).orElseThrow(() -> new IllegalArgumentException(key));
        pair.archive();
        audit.record("ARCHIVED", "pair", key, null);
        return loaded(pair);
    }

    @RolesAllowed("admin")
    public List<ContentVersion> versions(String key) {
        return find(key).map(history::versions).orElse(List.of());
    }

    @RolesAllowed("admin")
    public Optional<PairContent> versionContent(String key, int number) {
        return find(key).flatMap(pair -> history.version(pair, number)).map(history::contentOf);
    }

    @RolesAllowed("admin")
    public RolePair restore(String key, int number, long expectedVersion) {
        RolePair pair = lockedForChange(key);
        requireUnchangedSince(pair, expectedVersion);
        ContentVersion version = history.version(pair, number).orElseThrow(() -> new IllegalArgumentException(key + " v" + number));
        pair.revise(history.contentOf(version));
        if (pair.isPublished()) {
            requireComplete(pair);
        }
        em.flush();
        history.record(pair, audit.actor(), "Restored version " + number);
        audit.record("RESTORED", "pair", key, "Version " + number);
        return loaded(pair);
    }

    private void requireUnchangedSince(RolePair saved, long expectedVersion) {
        if (saved.getVersion() != expectedVersion) {
            String by = history.latest(saved).map(ContentVersion::getSavedBy).orElse("another admin");
            throw new StalePairException(saved.content(), saved.getVersion(), by);
        }
    }

    private void requireComplete(RolePair pair) {
        List<String> missing = validator.validate(pair, Publishable.class).stream()
                .map(ConstraintViolation::getMessage).sorted().toList();
        if (!missing.isEmpty()) {
            throw new RoleIncompleteException(missing);
        }
    }

    private Role role(RoleSlug slug) {
        return em.createNamedQuery(Role.FIND_BY_SLUG, Role.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownRoleException(slug));
    }

    /** The pair with its row locked until the transaction ends, read after the lock: see RoleLibrary. */
    private RolePair lockedForChange(String key) {
        return em.createNamedQuery(RolePair.FIND_BY_KEY, RolePair.class).setParameter("key", key)
                .setHint("org.hibernate.cacheable", false)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst()
                .map(pair -> { em.refresh(pair); return pair; })
                .orElseThrow(() -> new IllegalArgumentException(key));
    }

    private Optional<RolePair> find(String key) {
        // a list, not a stream: Hibernate streams by scrolling, which skips the query cache and asks the database
        return em.createNamedQuery(RolePair.FIND_BY_KEY, RolePair.class).setParameter("key", key)
                .getResultList().stream().findFirst();
    }

    private static RolePair loaded(RolePair pair) {
        pair.getFirst().getName();
        pair.getSecond().getName();
        pair.getSharedTasks().size();
        pair.getMyths().size();
        pair.getForOrganizations().size();
        pair.getForIndividuals().size();
        pair.getFaq().size();
        return pair;
    }
}
