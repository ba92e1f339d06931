package app.rolewise.hiring.assessment.entity;

import app.rolewise.content.RefusedException;

/**
 * A change to an assessment whose job description has been drafted: the description was written from
 * these answers and this choice, so they are kept as they were.
 */
public class AssessmentClosedException extends RefusedException {

    public AssessmentClosedException() {
        super("refused.assessment.closed");
    }
}
