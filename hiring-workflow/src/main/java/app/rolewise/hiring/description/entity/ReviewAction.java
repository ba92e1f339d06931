package app.rolewise.hiring.description.entity;

/** The steps of a review that are written into a description's history of decisions. */
public enum ReviewAction {
    DRAFTED,
    SUBMITTED,
    WITHDRAWN,
    CHANGES_REQUESTED,
    APPROVED,
    REOPENED
}
