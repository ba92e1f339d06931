package app.rolewise.history.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.content.StaleContentException;
import app.rolewise.history.entity.ContentKind;
import app.rolewise.history.entity.ContentVersion;
import app.rolewise.history.entity.Version;
import app.rolewise.history.entity.Version.Versioned;
import app.rolewise.history.entity.VersionNote;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of every piece of admin-maintained content. Runs in the caller's transaction, so a change
 * and its version are stored together or not at all; access is checked by the caller's boundary. Two
 * saves of the same subject at the same moment cannot both get the same number: the table's unique key
 * refuses the second.
 */
@Dependent
public class ContentHistory {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Adds the next version of a subject: 1 for its first. */
    public <C> Version record(ContentKind<C> kind, long subjectId, String actor, VersionNote note, C content) {
        ContentVersion version = new ContentVersion(kind.name(), subjectId, latestNumber(kind, subjectId) + 1,
                Instant.now(clock), actor, note, kind.write().apply(content));
        em.persist(version);
        return summary(version);
    }

    /** Newest first, without their content. */
    public List<Version> versions(ContentKind<?> kind, long subjectId) {
        return subject(kind, subjectId).getResultStream().map(ContentHistory::summary).toList();
    }

    public <C> Optional<Versioned<C>> version(ContentKind<C> kind, long subjectId, int number) {
        return em.createNamedQuery(ContentVersion.BY_NUMBER, ContentVersion.class)
                .setParameter("kind", kind.name())
                .setParameter("subject", subjectId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(version -> read(kind, version));
    }

    /** Who saved the subject's newest version and when, without its content. */
    public Optional<Version> newest(ContentKind<?> kind, long subjectId) {
        return subject(kind, subjectId).setMaxResults(1).getResultStream().findFirst().map(ContentHistory::summary);
    }

    public <C> Optional<Versioned<C>> latest(ContentKind<C> kind, long subjectId) {
        return subject(kind, subjectId).setMaxResults(1).getResultStream().findFirst().map(version -> read(kind, version));
    }

    private TypedQuery<ContentVersion> subject(ContentKind<?> kind, long subjectId) {
        return em.createNamedQuery(ContentVersion.OF_SUBJECT, ContentVersion.class)
                .setParameter("kind", kind.name())
                .setParameter("subject", subjectId);
    }

    private static Version summary(ContentVersion version) {
        return new Version(version.getNumber(), version.getSavedAt(), version.getSavedBy(), version.getNote());
    }

    private static <C> Versioned<C> read(ContentKind<C> kind, ContentVersion version) {
        return summary(version).with(kind.read().apply(version.getContentJson()));
    }

    /**
     * Refuses a change made to an older version than the one saved now ({@code currentVersion}), saying who
     * saved the newer one and when (from the subject's newest version).
     *
     * @param saved the content saved now, for an editor that shows it beside the user's; or null
     */
    public void requireUnchanged(ContentKind<?> kind, long subjectId, long currentVersion, long expectedVersion, String refusalKey,
                                 Object saved) {
        if (currentVersion != expectedVersion) {
            Optional<Version> newest = newest(kind, subjectId);
            throw new StaleContentException(refusalKey, newest.map(Version::savedBy).orElse(AuditLog.SYSTEM),
                    newest.map(Version::savedAt).orElse(null), currentVersion, saved);
        }
    }

    /**
     * The one row a query finds, locked for writing until the transaction ends and read again under the lock
     * (not from the second-level cache; Hibernate may read before it locks), so that a check of its version
     * and the change after it see the same row.
     */
    public <E> Optional<E> lockedForChange(TypedQuery<E> query) {
        return query.setHint("org.hibernate.cacheable", false)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .findFirst()
                .map(row -> {
                    em.refresh(row);
                    return row;
                });
    }

    /**
     * Takes, and holds until the transaction ends, the lock on the subject's newest version. For a subject
     * that has no row of its own (the question bank), writers of its next version queue up here, so the
     * second sees the first's version instead of colliding with it at commit.
     */
    public void lockNewest(ContentKind<?> kind, long subjectId) {
        subject(kind, subjectId)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The number of the subject's newest version, 0 when it has none. */
    private int latestNumber(ContentKind<?> kind, long subjectId) {
        return em.createNamedQuery(ContentVersion.LATEST_NUMBER, Integer.class)
                .setParameter("kind", kind.name())
                .setParameter("subject", subjectId)
                .getSingleResult();
    }
}
