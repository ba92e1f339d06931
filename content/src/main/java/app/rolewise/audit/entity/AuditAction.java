package app.rolewise.audit.entity;

/**
 * What an audit entry records. The name is what the entry stores and the audit page shows and filters by,
 * so a constant is never renamed: older entries carry the old name.
 */
public enum AuditAction {
    /** A role, skill, pair or question bank added (the seed and imports included). */
    CREATED,
    /** Content saved with changes, or an import that changed it. */
    UPDATED,
    PUBLISHED,
    /** A role or pair taken out of the catalogue. */
    ARCHIVED,
    /** An earlier version made the current content again. */
    RESTORED,
    IMPORTED,
    EXPORTED,
    /** A needs assessment begun. */
    STARTED,
    /** The manager's choice of role on an assessment. */
    ROLE_CHOSEN,
    /** A job description drafted from an assessment. */
    DRAFTED,
    SUBMITTED,
    WITHDRAWN,
    CHANGES_REQUESTED,
    APPROVED,
    /** A new revision of an approved job description started. */
    REOPENED,
    /** An assessment taken off its owner's list: housekeeping, not a decision others rely on. */
    ASSESSMENT_ARCHIVED,
    /** An archived assessment put back on its list. */
    UNARCHIVED,
    /** A needs assessment begun as a copy of another, with its answers. */
    COPIED
}
