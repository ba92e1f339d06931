package app.rolewise.library.boundary;

import app.rolewise.library.entity.RoleContent;
import jakarta.ejb.ApplicationException;

import java.time.Instant;

/**
 * Someone saved the role after the editor opened it. Carries what is saved now, so the editor can show
 * both versions and let the user re-apply their changes; nothing of theirs was stored.
 */
@ApplicationException(rollback = true)
public class StaleRoleException extends RuntimeException {

    private final transient RoleContent saved;
    private final long savedVersion;
    private final String savedBy;
    private final Instant savedAt;

    public StaleRoleException(RoleContent saved, long savedVersion, String savedBy, Instant savedAt) {
        super("The role " + saved.slug() + " was saved by " + savedBy + " in the meantime");
        this.saved = saved;
        this.savedVersion = savedVersion;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public RoleContent saved() {
        return saved;
    }

    public long savedVersion() {
        return savedVersion;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
