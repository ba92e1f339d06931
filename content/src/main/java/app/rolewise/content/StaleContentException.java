package app.rolewise.content;

import java.time.Instant;

/**
 * Someone saved the content after the caller read it, so nothing of the caller's was stored. Says who saved
 * and when, and which version is saved now; an editor that shows both versions side by side also gets the
 * content saved now. The message's placeholders are who ({@code {0}}), the version ({@code {1}}) and when
 * ({@code {2}}).
 */
public class StaleContentException extends RefusedException {

    private final String savedBy;
    private final Instant savedAt;
    private final long savedVersion;
    private final transient Object saved;

    /** For an editor that shows the content saved now beside the user's. */
    public StaleContentException(String key, String savedBy, Instant savedAt, long savedVersion, Object saved) {
        super(key, savedBy, savedVersion, savedAt);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.savedVersion = savedVersion;
        this.saved = saved;
    }

    public StaleContentException(String key, String savedBy, Instant savedAt, long savedVersion) {
        this(key, savedBy, savedAt, savedVersion, null);
    }

    public String savedBy() {
        return savedBy;
    }

    /** When the newer version was saved; null if that is not known. */
    public Instant savedAt() {
        return savedAt;
    }

    public long savedVersion() {
        return savedVersion;
    }

    /** The content saved now, as the boundary that refused keeps it (a role's, a pair's); null if not given. */
    public <T> T saved(Class<T> type) {
        return type.cast(saved);
    }
}
