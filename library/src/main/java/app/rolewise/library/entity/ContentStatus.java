package app.rolewise.library.entity;

/**
 * Where a piece of library content (a role, a pair comparison) is in its life: only published content is
 * visible outside the admin pages.
 */
public enum ContentStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED;

    /** The status after publishing {@code name}: from a draft or an archived state, never twice. */
    public ContentStatus publish(String name) {
        if (this == PUBLISHED) {
            throw new LifecycleException(name, this, PUBLISHED);
        }
        return PUBLISHED;
    }

    /** The status after archiving {@code name}: only published content is archived. */
    public ContentStatus archive(String name) {
        if (this != PUBLISHED) {
            throw new LifecycleException(name, this, ARCHIVED);
        }
        return ARCHIVED;
    }
}
