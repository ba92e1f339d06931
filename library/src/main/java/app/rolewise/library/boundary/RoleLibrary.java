package app.rolewise.library.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.content.AccessRoles;
import app.rolewise.content.StaleContentException;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.Version;
import app.rolewise.history.entity.VersionNote;
import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.Publishable;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and changes the role library. Reading published roles is for every signed-in user; everything
 * that shows drafts and archived roles or changes anything is for admins only, checked here so that no
 * page or endpoint can get around it. Every change is versioned and audited in the same transaction.
 */
@Stateless
public class RoleLibrary {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentHistory history;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public List<Role> publishedRoles() {
        return em.createNamedQuery(Role.FIND_BY_STATUS, Role.class)
                .setParameter("status", ContentStatus.PUBLISHED)
                .getResultList();
    }

    /** One page of the published roles by name, for the catalogue: it costs the same with 10 roles or 1,000. */
    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public List<Role> publishedRoles(int first, int size) {
        return em.createNamedQuery(Role.FIND_BY_STATUS, Role.class)
                .setParameter("status", ContentStatus.PUBLISHED)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public long publishedCount() {
        return em.createNamedQuery(Role.COUNT_BY_STATUS, Long.class).setParameter("status", ContentStatus.PUBLISHED).getSingleResult();
    }

    /** A published role with every dimension loaded, for the role page. */
    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public Optional<Role> publishedRole(RoleSlug slug) {
        return find(slug).filter(Role::isPublished).map(RoleLibrary::loaded);
    }

    /** Any role with every dimension loaded, for the editor and the preview. */
    @RolesAllowed(AccessRoles.ADMIN)
    public Optional<Role> role(RoleSlug slug) {
        return find(slug).map(RoleLibrary::loaded);
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public List<Role> search(RoleSearch search, int first, int size, String sortField, boolean descending) {
        String order = switch (sortField == null ? "name" : sortField) {
            case "family" -> "r.family";
            case "status" -> "r.status";
            default -> "r.name";
        };
        return matching("select r", search, " order by " + order + (descending ? " desc" : "") + ", r.name", Role.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public long count(RoleSearch search) {
        return matching("select count(r)", search, "", Long.class).getSingleResult();
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public List<String> families() {
        return em.createNamedQuery(Role.FAMILIES, String.class).getResultList();
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public Role create(Role draft) {
        if (find(draft.getSlug()).isPresent()) {
            throw new DuplicateNameException("refused.role.exists", draft.getSlug().value());
        }
        em.persist(draft);
        em.flush();
        history.record(RoleContent.KIND, draft.getId(), audit.actor(), VersionNote.created(), draft.content());
        audit.record(AuditAction.CREATED, "role", draft.getSlug().value(), draft.getName());
        return loaded(draft);
    }

    /**
     * Stores a role's content as its next version. If someone saved the role after {@code expectedVersion},
     * nothing is stored and {@link StaleContentException} carries the {@link RoleContent} saved now.
     *
     * @param note what the admin says about this change, or null
     */
    @RolesAllowed(AccessRoles.ADMIN)
    public Role save(RoleSlug slug, long expectedVersion, RoleContent after, String note) {
        Role saved = lockedForChange(slug);
        requireUnchangedSince(saved, expectedVersion);
        RoleContent before = saved.content();
        List<Change<RoleContent.Dimension>> changes = before.changesTo(after);
        if (changes.isEmpty()) {
            return loaded(saved);
        }
        saved.revise(after, this::skillNamed);
        if (saved.isPublished()) {
            requireComplete(saved, "refused.role.mustStayComplete");
        }
        em.flush();
        history.record(RoleContent.KIND, saved.getId(), audit.actor(), VersionNote.written(note), saved.content());
        audit.record(AuditAction.UPDATED, "role", saved.getSlug().value(), "Changed: " + changes.stream()
                .map(change -> change.field().name()).collect(Collectors.joining(", ")));
        return loaded(saved);
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public Role publish(RoleSlug slug) {
        Role role = find(slug).orElseThrow(() -> new UnknownRoleException(slug));
        requireComplete(loaded(role), "refused.role.incomplete");
        role.publish();
        audit.record(AuditAction.PUBLISHED, "role", slug.value(), role.getName());
        return role;
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public Role archive(RoleSlug slug) {
        Role role = find(slug).orElseThrow(() -> new UnknownRoleException(slug));
        role.archive();
        audit.record(AuditAction.ARCHIVED, "role", slug.value(), role.getName());
        return role;
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public List<Version> versions(RoleSlug slug) {
        return history.versions(RoleContent.KIND, find(slug).orElseThrow(() -> new UnknownRoleException(slug)).getId());
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public Optional<RoleContent> versionContent(RoleSlug slug, int number) {
        return find(slug).flatMap(role -> history.version(RoleContent.KIND, role.getId(), number)).map(Version.Versioned::content);
    }

    /** Makes an earlier version the current content again, as a new version; the status stays. */
    @RolesAllowed(AccessRoles.ADMIN)
    public Role restore(RoleSlug slug, int number, long expectedVersion) {
        Role role = lockedForChange(slug);
        requireUnchangedSince(role, expectedVersion);
        RoleContent restored = history.version(RoleContent.KIND, role.getId(), number).orElseThrow(() -> new UnknownRoleException(slug)).content();
        role.revise(restored, this::skillNamed);
        if (role.isPublished()) {
            requireComplete(role, "refused.role.mustStayComplete");
        }
        em.flush();
        history.record(RoleContent.KIND, role.getId(), audit.actor(), VersionNote.restored(number), role.content());
        audit.record(AuditAction.RESTORED, "role", slug.value(), "Version " + number);
        return loaded(role);
    }

    private void requireUnchangedSince(Role saved, long expectedVersion) {
        history.requireUnchanged(RoleContent.KIND, saved.getId(), saved.getVersion(), expectedVersion, "refused.role.stale", saved.content());
    }

    /** The role's collections must be loaded: Bean Validation skips lazy ones it finds unloaded. */
    private void requireComplete(Role role, String refusal) {
        Set<ConstraintViolation<Role>> violations = validator.validate(role, Publishable.class);
        if (!violations.isEmpty()) {
            throw new RoleIncompleteException(refusal, role.getName(),
                    violations.stream().map(ConstraintViolation::getMessage).sorted().toList());
        }
    }

    private Skill skillNamed(String name) {
        return em.createNamedQuery(Skill.FIND_BY_NAME, Skill.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No skill called " + name));
    }

    /**
     * The role with its row locked until the transaction ends, read after the lock: two changes of one role
     * at the same moment queue up, and the second sees the first (and is refused by the version check)
     * instead of failing at commit.
     */
    private Role lockedForChange(RoleSlug slug) {
        return history.lockedForChange(em.createNamedQuery(Role.FIND_BY_SLUG, Role.class).setParameter("slug", slug))
                .orElseThrow(() -> new UnknownRoleException(slug));
    }

    private Optional<Role> find(RoleSlug slug) {
        // a list, not a stream: Hibernate streams by scrolling, which skips the query cache and asks the database
        return em.createNamedQuery(Role.FIND_BY_SLUG, Role.class)
                .setParameter("slug", slug)
                .getResultList().stream()
                .findFirst();
    }

    private <T> TypedQuery<T> matching(String select, RoleSearch search, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.status() != null) {
            where.append(" and r.status = :status");
        }
        if (search.family() != null && !search.family().isBlank()) {
            where.append(" and r.family = :family");
        }
        if (search.hasText()) {
            where.append(" and (lower(r.name) like :text or exists (select 1 from Role other join other.skills rs")
                    .append(" where other = r and lower(rs.skill.name) like :text))");
        }
        TypedQuery<T> query = em.createQuery(select + " from Role r" + where + order, type);
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.family() != null && !search.family().isBlank()) {
            query.setParameter("family", search.family());
        }
        if (search.hasText()) {
            query.setParameter("text", "%" + search.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        return query;
    }

    /** Touches every collection so the role can be shown after the transaction ends. */
    private static Role loaded(Role role) {
        role.getResponsibilities().size();
        role.getSkills().forEach(use -> use.getSkill().getName());
        role.getEntryPoints().size();
        role.getProgression().size();
        role.getSalaryFactors().size();
        role.getMisconceptions().size();
        role.getWhenToHire().size();
        role.getFaq().size();
        return role;
    }
}
