package app.rolewise.hiring.assessment.entity;

/**
 * An assessment is answered step by step until the manager chooses a role; once a job description is
 * drafted from that choice, answers and choice stay as they were, so the description can be traced to them.
 */
public enum AssessmentStatus {
    IN_PROGRESS,
    ROLE_CHOSEN,
    DESCRIBED
}
