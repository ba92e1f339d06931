package app.rolewise.hiring.description.entity;

import java.util.Set;

/**
 * Where a job description is in HR's review. The manager edits a draft or a description sent back with
 * changes requested; while HR reviews, and once approved, the text is locked.
 */
public enum DescriptionState {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED;

    private static final Set<DescriptionState> EDITABLE = Set.of(DRAFT, CHANGES_REQUESTED);

    public boolean isEditable() {
        return EDITABLE.contains(this);
    }
}
