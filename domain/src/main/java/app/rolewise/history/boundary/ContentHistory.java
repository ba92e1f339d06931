package app.rolewise.history.boundary;

import app.rolewise.history.entity.ContentVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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
    public ContentVersion record(String kind, long subjectId, String actor, String note, String json) {
        ContentVersion version = new ContentVersion(kind, subjectId, latestNumber(kind, subjectId) + 1,
                Instant.now(clock), actor, note, json);
        em.persist(version);
        return version;
    }

    /** Newest first. */
    public List<ContentVersion> versions(String kind, long subjectId) {
        return em.createNamedQuery(ContentVersion.OF_SUBJECT, ContentVersion.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .getResultList();
    }

    public Optional<ContentVersion> version(String kind, long subjectId, int number) {
        return em.createNamedQuery(ContentVersion.BY_NUMBER, ContentVersion.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public Optional<ContentVersion> latest(String kind, long subjectId) {
        return em.createNamedQuery(ContentVersion.OF_SUBJECT, ContentVersion.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Takes, and holds until the transaction ends, the lock on the subject's newest version. For a subject
     * that has no row of its own (the question bank), writers of its next version queue up here, so the
     * second sees the first's version instead of colliding with it at commit.
     */
    public void lockNewest(String kind, long subjectId) {
        em.createNamedQuery(ContentVersion.OF_SUBJECT, ContentVersion.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The number of the subject's newest version, 0 when it has none. */
    public int latestNumber(String kind, long subjectId) {
        return em.createNamedQuery(ContentVersion.LATEST_NUMBER, Integer.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .getSingleResult();
    }
}
