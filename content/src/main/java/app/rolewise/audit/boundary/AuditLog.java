package app.rolewise.audit.boundary;

import app.rolewise.audit.entity.AuditAction;
import app.rolewise.audit.entity.AuditEntry;
import app.rolewise.content.AccessRoles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Records content changes in the caller's transaction, so that a change and its audit entry are stored
 * together or not at all.
 */
@Stateless
public class AuditLog {

    /** Shown as the actor when Rolewise itself changes content, as when it loads the seed library. */
    public static final String SYSTEM = "system";

    /**
     * Decisions that change what others see or rely on: also security events, logged under the web module's
     * security event category (app.rolewise.security.SecurityEvents) once their transaction commits.
     */
    static final Set<AuditAction> SECURITY_EVENTS = EnumSet.of(AuditAction.PUBLISHED, AuditAction.ARCHIVED, AuditAction.APPROVED,
            AuditAction.IMPORTED);
    private static final Logger EVENTS = Logger.getLogger("app.rolewise.security.events");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    @PermitAll
    public void record(AuditAction action, String subjectType, String subjectKey, String details) {
        Instant now = Instant.now(clock);
        String actor = actor();
        em.persist(new AuditEntry(now, actor, action, subjectType, subjectKey, details));
        if (SECURITY_EVENTS.contains(action)) {
            // after the commit: a decision rolled back was never taken
            String line = eventLine(action, actor, now, subjectType, subjectKey);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        EVENTS.info(line);
                    }
                }
            });
        }
    }

    /** The same shape as the web module's security events; subject keys never bring a line break in. */
    static String eventLine(AuditAction action, String actor, Instant at, String subjectType, String subjectKey) {
        return ("event=" + action + " user=" + actor + " at=" + at + " " + subjectType + " " + subjectKey).replaceAll("\\p{Cntrl}", "_");
    }

    /** The signed-in user's name, or {@link #SYSTEM} when no one is signed in (start-up work). */
    @PermitAll
    public String actor() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public List<AuditEntry> entries(String filter, int first, int size) {
        return matching("select a", filter, " order by a.happenedAt desc, a.id desc", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public long count(String filter) {
        return matching("select count(a)", filter, "", Long.class).getSingleResult();
    }

    /** Entries whose actor, subject, action or details contain the filter text, any case. */
    private <T> TypedQuery<T> matching(String select, String filter, String order, Class<T> type) {
        boolean filtered = filter != null && !filter.isBlank();
        TypedQuery<T> query = em.createQuery(select + " from AuditEntry a"
                + (filtered ? " where lower(a.actor) like :text or lower(a.subjectKey) like :text"
                + " or lower(a.action) like :text or lower(a.details) like :text" : "")
                + order, type);
        if (filtered) {
            query.setParameter("text", "%" + filter.strip().toLowerCase(Locale.ROOT) + "%");
        }
        return query;
    }
}
