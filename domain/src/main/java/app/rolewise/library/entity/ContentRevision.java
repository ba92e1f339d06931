package app.rolewise.library.entity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A number that grows whenever the content people compare may have changed: after every transaction that
 * saved, published, archived or removed a role, a skill or a role pair, once that transaction has ended.
 * Something made from that content (a rendered comparison page) and tagged with the number read before it
 * read the content is current for as long as the number stays the same, which is one read to check rather
 * than loading the content again.
 * <p>
 * Why after the transaction: until its commit, readers still see the old content, so a number grown at the
 * write could tag old content as new. Grown after the commit, a page tagged with the new number was read
 * after the commit; one tagged with the old number is never served again.
 * <p>
 * Grown in an interposed synchronization, which runs after the database commit but before Hibernate ends
 * its second-level cache invalidation; readers in between find the entries removed since the flush and read
 * the committed rows. That holds for the READ_WRITE caching the three entities and their collections use.
 * <p>
 * The number lives in this server's memory, like the second-level cache the content is read through: both
 * assume that only this server writes the library.
 */
public final class ContentRevision {

    private static final Logger LOG = Logger.getLogger(ContentRevision.class.getName());
    private static final AtomicLong CURRENT = new AtomicLong();
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private static volatile TransactionSynchronizationRegistry registry;

    private ContentRevision() {
    }

    public static long current() {
        return CURRENT.get();
    }

    /**
     * Grows the number once the current transaction ends (committed or not), or now if there is none. Without
     * a registry (outside a container: unit tests) there is no transaction to wait for either.
     */
    static void changed() {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            CURRENT.incrementAndGet();
            return;
        }
        if (transactions.getResource(ContentRevision.class) != null) {
            return; // this transaction already grows the number when it ends
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing is visible to others yet
                }

                @Override
                public void afterCompletion(int status) {
                    CURRENT.incrementAndGet();
                }
            });
            transactions.putResource(ContentRevision.class, Boolean.TRUE);
        } catch (IllegalStateException ending) {
            // not expected: entities flush while their transaction is active or preparing, when it still takes
            // synchronizations. Counted now rather than never; said loudly, as pages made until the commit
            // could show the old content under the new number.
            LOG.log(Level.WARNING, "A content change counted before its transaction ended", ending);
            CURRENT.incrementAndGet();
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
                registry = found;
            } catch (NamingException | RuntimeException outsideContainer) {
                LOG.log(Level.FINE, "No transaction registry: content changes count at once", outsideContainer);
            }
        }
        return found;
    }

    /** On every entity whose content a comparison shows. */
    public static class Listener {

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            ContentRevision.changed();
        }
    }
}
