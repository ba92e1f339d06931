package app.rolewise.hiring.assessment.entity;

/**
 * An assessment is answered step by step until the manager chooses a role.
 */
public enum AssessmentStatus {
    IN_PROGRESS,
    ROLE_CHOSEN
}
