package app.rolewise.library.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.history.entity.ContentVersion;
import app.rolewise.library.control.RoleHistory;
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
    RoleHistory history;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @RolesAllowed({"admin", "manager", "hr"})
    public List<Role> publishedRoles() {
        return em.createNamedQuery(Role.FIND_BY_STATUS, Role.class)
                .setParameter("status", ContentStatus.PUBLISHED)
                .getResultList();
    }

    /** One page of the published roles by name, for the catalogue: it costs the same with 10 roles or 1,000. */
    @RolesAllowed({"admin", "manager", "hr"})
    public List<Role> publishedRoles(int first, int size) {
        return em.createNamedQuery(Role.FIND_BY_STATUS, Role.class)
                .setParameter("status", ContentStatus.PUBLISHED)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({"admin", "manager", "hr"})
    public long publishedCount() {
        return em.createNamedQuery(Role.COUNT_BY_STATUS, Long.class).setParameter("status", ContentStatus.PUBLISHED).getSingleResult();
    }

    /** A published role with every dimension loaded, for the role page. */
    @RolesAllowed({"admin", "manager", "hr"})
    public Optional<Role> publishedRole(RoleSlug slug) {
        return find(slug).filter(Role::isPublished).map(RoleLibrary::loaded);
    }

    /** Any role with every dimension loaded, for the editor and the preview. */
    @RolesAllowed("admin")
    public Optional<Role> role(RoleSlug slug) {
        return find(slug).map(RoleLibrary::loaded);
    }

    @RolesAllowed("admin")
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

    @RolesAllowed("admin")
    public long count(RoleSearch search) {
        return matching("select count(r)", search, "", Long.class).getSingleResult();
    }

    @RolesAllowed("admin")
    public List<String> families() {
        return em.createNamedQuery(Role.FAMILIES, String.class).getResultList();
    }

    @RolesAllowed("admin")
    public Role create(Role draft) {
        if (find(draft.getSlug()).isPresent()) {
            throw new DuplicateNameException(draft.getSlug().value());
        }
        em.persist(draft);
        em.flush();
        history.record(draft, audit.actor(), "Created");
        audit.record("CREATED", "role", draft.getSlug().value(), draft.getName());
        return loaded(draft);
    }

    /**
     * Stores an edited copy of a role. If someone saved the role since the copy was read, nothing is
     * stored and {@link StaleRoleException} says what is saved now.
     */
    @RolesAllowed("admin")
    public Role save(Role edited) {
        Role saved = lockedForChange(edited.getSlug());
        requireUnchangedSince(saved, edited.getVersion());
        RoleContent before = saved.content();
        RoleContent after = edited.content();
        List<RoleContent.Change> changes = before.changesTo(after);
        if (changes.isEmpty()) {
            return loaded(saved);
        }
        saved.revise(after, this::skillNamed);
        if (saved.isPublished()) {
            requireComplete(saved);
        }
        em.flush();
        history.record(saved, audit.actor(), null);
        audit.record("UPDATED", "role", saved.getSlug().value(), "Changed: " + changes.stream()
                .map(change -> change.dimension().name()).collect(Collectors.joining(", ")));
        return loaded(saved);
    }

    @RolesAllowed("admin")
    public Role publish(RoleSlug slug) {
        Role role = find(slug).orElseThrow(() -> new UnknownRoleException(slug));
        requireComplete(loaded(role));
        role.publish();
        audit.record("PUBLISHED", "role", slug.value(), role.getName());
        return role;
    }

    @RolesAllowed("admin")
    public Role archive(RoleSlug slug) {
        Role role = find(slug).orElseThrow(() -> new UnknownRoleException(slug));
        role.archive();
        audit.record("ARCHIVED", "role", slug.value(), role.getName());
        return role;
    }

    @RolesAllowed("admin")
    public List<ContentVersion> versions(RoleSlug slug) {
        return history.versions(find(slug).orElseThrow(() -> new UnknownRoleException(slug)));
    }

    @RolesAllowed("admin")
    public Optional<RoleContent> versionContent(RoleSlug slug, int number) {
        return find(slug).flatMap(role -> history.version(role, number)).map(history::contentOf);
    }

    /** Makes an earlier version the current content again, as a new version; the status stays. */
    @RolesAllowed("admin")
    public Role restore(RoleSlug slug, int number, long expectedVersion) {
        Role role = lockedForChange(slug);
        requireUnchangedSince(role, expectedVersion);
        ContentVersion version = history.version(role, number).orElseThrow(() -> new UnknownRoleException(slug));
        role.revise(history.contentOf(version), this::skillNamed);
        if (role.isPublished()) {
            requireComplete(role);
        }
        em.flush();
        history.record(role, audit.actor(), "Restored version " + number);
        audit.record("RESTORED", "role", slug.value(), "Version " + number);
        return loaded(role);
    }

    private void requireUnchangedSince(Role saved, long expectedVersion) {
        if (saved.getVersion() != expectedVersion) {
            Optional<ContentVersion> latest = history.latest(saved);
            throw new StaleRoleException(saved.content(), saved.getVersion(),
                    latest.map(ContentVersion::getSavedBy).orElse("another admin"),
                    latest.map(ContentVersion::getSavedAt).orElse(null));
        }
    }

    /** The role's collections must be loaded: Bean Validation skips lazy ones it finds unloaded. */
    private void requireComplete(Role role) {
        Set<ConstraintViolation<Role>> violations = validator.validate(role, Publishable.class);
        if (!violations.isEmpty()) {
            throw new RoleIncompleteException(violations.stream().map(ConstraintViolation::getMessage).sorted().toList());
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
        return em.createNamedQuery(Role.FIND_BY_SLUG, Role.class)
                .setParameter("slug", slug)
                .setHint("org.hibernate.cacheable", false)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .findFirst()
                // read again under the lock: Hibernate may read before it locks (follow-on locking)
                .map(role -> { em.refresh(role); return role; })
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
