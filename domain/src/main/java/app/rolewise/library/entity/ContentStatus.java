package app.rolewise.library.entity;

/**
 * Where a piece of library content (a role, a pair comparison) is in its life: only published content is
 * visible outside the admin pages.
 */
public enum ContentStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED;

    /** The status after publishing: from a draft or an archived state, never twice. */
    public ContentStatus publish() {
        if (this == PUBLISHED) {
            throw new LifecycleException(this, PUBLISHED);
        }
        return PUBLISHED;
    }

    /** The status after archiving: only published content is archived. */
    public ContentStatus archive() {
        if (this != PUBLISHED) {
            throw new LifecycleException(this, ARCHIVED);
        }
        return ARCHIVED;
    }
}
