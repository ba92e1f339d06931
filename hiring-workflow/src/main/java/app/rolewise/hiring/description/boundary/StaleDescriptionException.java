package app.rolewise.hiring.description.boundary;

import jakarta.ejb.ApplicationException;

import java.time.Instant;

/**
 * Someone changed the description after the caller opened it; nothing was saved, so the caller can compare
 * and decide.
 */
@ApplicationException(rollback = true)
public class StaleDescriptionException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public StaleDescriptionException(long id, String changedBy, Instant changedAt) {
        super("Job description " + id + " was changed by " + changedBy + " at " + changedAt + " in the meantime");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
