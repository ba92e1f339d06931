package app.rolewise.hiring.assessment.entity;

import jakarta.ejb.ApplicationException;

/**
 * A change to an assessment whose job description has been drafted: the description was written from
 * these answers and this choice, so they are kept as they were.
 */
@ApplicationException(rollback = true)
public class AssessmentClosedException extends RuntimeException {

    public AssessmentClosedException() {
        super("This assessment has its job description; its answers and choice are kept as they were.");
    }
}
