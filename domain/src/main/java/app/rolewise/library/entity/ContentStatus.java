package app.rolewise.library.entity;

/**
 * Where a piece of library content (a role, a pair comparison) is in its life: only published content is
 * visible outside the admin pages.
 */
public enum ContentStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
