package app.rolewise.hiring.assessment.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The assessment (or job description) does not exist or belongs to another manager; the two are not told apart, so ids cannot
 * be probed.
 */
@ApplicationException(rollback = true)
public class NotYoursException extends RuntimeException {

    public NotYoursException(long id) {
        this("assessment", id);
    }

    /** For anything a manager owns: an assessment, a job description. */
    public NotYoursException(String what, long id) {
        super("No " + what + " " + id + " for this user");
    }
}
