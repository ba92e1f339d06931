package app.rolewise.hiring.assessment.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The assessment does not exist or belongs to another manager; the two are not told apart, so ids cannot
 * be probed.
 */
@ApplicationException(rollback = true)
public class NotYoursException extends RuntimeException {

    public NotYoursException(long id) {
        super("No assessment " + id + " for this user");
    }
}
