package app.rolewise.library.entity;

/**
 * Where a role is in its life: only published roles are visible outside the admin pages.
 */
public enum RoleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
