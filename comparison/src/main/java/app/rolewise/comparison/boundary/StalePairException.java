package app.rolewise.comparison.boundary;

import app.rolewise.comparison.entity.PairContent;
import jakarta.ejb.ApplicationException;

/**
 * Someone saved the pair after the editor opened it; nothing of the editor's was stored.
 */
@ApplicationException(rollback = true)
public class StalePairException extends RuntimeException {

    private final transient PairContent saved;
    private final long savedVersion;
    private final String savedBy;

    public StalePairException(PairContent saved, long savedVersion, String savedBy) {
        super("The pair was saved by " + savedBy + " in the meantime");
        this.saved = saved;
        this.savedVersion = savedVersion;
        this.savedBy = savedBy;
    }

    public PairContent saved() {
        return saved;
    }

    public long savedVersion() {
        return savedVersion;
    }

    public String savedBy() {
        return savedBy;
    }
}
