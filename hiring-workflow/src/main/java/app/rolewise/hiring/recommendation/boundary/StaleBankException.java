package app.rolewise.hiring.recommendation.boundary;

import jakarta.ejb.ApplicationException;

import java.time.Instant;

/**
 * Someone saved the question bank after the editor read it; nothing of the editor's was stored.
 */
@ApplicationException(rollback = true)
public class StaleBankException extends RuntimeException {

    private final int savedVersion;
    private final String savedBy;
    private final Instant savedAt;

    public StaleBankException(int savedVersion, String savedBy, Instant savedAt) {
        super("Version " + savedVersion + " of the question bank was saved by " + savedBy + " in the meantime");
        this.savedVersion = savedVersion;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public int savedVersion() {
        return savedVersion;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
