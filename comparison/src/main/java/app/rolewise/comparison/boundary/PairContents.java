package app.rolewise.comparison.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.comparison.entity.PairContent;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.content.AccessRoles;
import app.rolewise.content.StaleContentException;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.Version;
import app.rolewise.history.entity.VersionNote;
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
    ContentHistory history;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    /** The published pair about exactly these two roles, in either order. */
    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public Optional<RolePair> publishedFor(RoleSlug one, RoleSlug other) {
        return find(RolePair.keyOf(one.value(), other.value())).filter(RolePair::isPublished).map(PairContents::loaded);
    }

    /** The published pairs, for the hub. */
    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public List<RolePair> curated() {
        return em.createNamedQuery(RolePair.FIND_BY_STATUS, RolePair.class)
                .setParameter("status", ContentStatus.PUBLISHED).getResultList();
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public List<RolePair> all() {
        return em.createNamedQuery(RolePair.FIND_ALL, RolePair.class).getResultList();
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public Optional<RolePair> pair(String key) {
        return find(key).map(PairContents::loaded);
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public RolePair create(RoleSlug one, RoleSlug other) {
        RolePair pair = new RolePair(role(one), role(other));
        if (find(pair.getPairKey()).isPresent()) {
            throw new DuplicateNameException("refused.pair.exists", pair.getPairKey());
        }
        em.persist(pair);
        em.flush();
        history.record(PairContent.KIND, pair.getId(), audit.actor(), VersionNote.created(), pair.content());
        audit.record(AuditAction.CREATED, "pair", pair.getPairKey(), null);
        return loaded(pair);
    }

    /**
     * Stores a pair's content as its next version. If someone saved the pair after {@code expectedVersion},
     * nothing is stored and {@link StaleContentException} carries the {@link PairContent} saved now.
     *
     * @param note what the admin says about this change, or null
     */
    @RolesAllowed(AccessRoles.ADMIN)
    public RolePair save(String key, long expectedVersion, PairContent after, String note) {
        RolePair saved = lockedForChange(key);
        requireUnchangedSince(saved, expectedVersion);
        List<Change<PairContent.Part>> changes = saved.content().changesTo(after);
        if (changes.isEmpty()) {
            return loaded(saved);
        }
        saved.revise(after);
        if (saved.isPublished()) {
            requireComplete(saved, "refused.pair.mustStayComplete");
        }
        em.flush();
        history.record(PairContent.KIND, saved.getId(), audit.actor(), VersionNote.written(note), saved.content());
        audit.record(AuditAction.UPDATED, "pair", saved.getPairKey(), "Changed: "
                + changes.stream().map(change -> change.field().name()).collect(Collectors.joining(", ")));
        return loaded(saved);
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public RolePair publish(String key) {
        RolePair pair = find(key).orElseThrow(() -> new IllegalArgumentException(key));
        requireComplete(loaded(pair), "refused.pair.incomplete");
        pair.publish();
        audit.record(AuditAction.PUBLISHED, "pair", key, null);
        return loaded(pair);
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public RolePair archive(String key) {
        RolePair pair = find(key).orElseThrow(() -> new IllegalArgumentException(key));
        pair.archive();
        audit.record(AuditAction.ARCHIVED, "pair", key, null);
        return loaded(pair);
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public List<Version> versions(String key) {
        return find(key).map(pair -> history.versions(PairContent.KIND, pair.getId())).orElse(List.of());
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public Optional<PairContent> versionContent(String key, int number) {
        return find(key).flatMap(pair -> history.version(PairContent.KIND, pair.getId(), number)).map(Version.Versioned::content);
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public RolePair restore(String key, int number, long expectedVersion) {
        RolePair pair = lockedForChange(key);
        requireUnchangedSince(pair, expectedVersion);
        pair.revise(history.version(PairContent.KIND, pair.getId(), number)
                .orElseThrow(() -> new IllegalArgumentException(key + " v" + number)).content());
        if (pair.isPublished()) {
            requireComplete(pair, "refused.pair.mustStayComplete");
        }
        em.flush();
        history.record(PairContent.KIND, pair.getId(), audit.actor(), VersionNote.restored(number), pair.content());
        audit.record(AuditAction.RESTORED, "pair", key, "Version " + number);
        return loaded(pair);
    }

    private void requireUnchangedSince(RolePair saved, long expectedVersion) {
        history.requireUnchanged(PairContent.KIND, saved.getId(), saved.getVersion(), expectedVersion, "refused.pair.stale", saved.content());
    }

    private void requireComplete(RolePair pair, String refusal) {
        List<String> missing = validator.validate(pair, Publishable.class).stream()
                .map(ConstraintViolation::getMessage).sorted().toList();
        if (!missing.isEmpty()) {
            throw new RoleIncompleteException(refusal, pair.getPairKey(), missing);
        }
    }

    private Role role(RoleSlug slug) {
        return em.createNamedQuery(Role.FIND_BY_SLUG, Role.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownRoleException(slug));
    }

    private RolePair lockedForChange(String key) {
        return history.lockedForChange(em.createNamedQuery(RolePair.FIND_BY_KEY, RolePair.class).setParameter("key", key))
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
