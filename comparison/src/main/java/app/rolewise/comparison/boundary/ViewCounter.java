package app.rolewise.comparison.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts comparison views in memory and stores them every few seconds, so that opening a comparison
 * costs no database write. At most the last few seconds of counts are lost if the server dies; the
 * counts only rank the hub's "most viewed" list.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ViewCounter {

    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();

    @Inject
    Comparisons comparisons;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // counting in memory needs no transaction of its own
    public void viewed(String key) {
        pending.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void store() {
        for (String key : pending.keySet()) {
            LongAdder counter = pending.remove(key);
            long views = counter == null ? 0 : counter.sumThenReset();
            if (views == 0) {
                continue;
            }
            try {
                comparisons.addViews(key, views);
            } catch (EJBException lost) {
                // two nodes inserting the same new key at once; the next round adds to the stored row
                pending.computeIfAbsent(key, k -> new LongAdder()).add(views);
                LOG.log(Level.FINE, "Comparison views kept for the next round", lost);
            }
        }
    }

    @PreDestroy
    void storeBeforeShutdown() {
        store();
    }
}
