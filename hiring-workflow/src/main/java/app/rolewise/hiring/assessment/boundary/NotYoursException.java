package app.rolewise.hiring.assessment.boundary;

import app.rolewise.content.RefusedException;

/**
 * The assessment (or job description) does not exist or belongs to another manager; the two are not told apart, so ids cannot
 * be probed. The placeholder {@code {0}} is the id.
 */
public class NotYoursException extends RefusedException {

    public NotYoursException(long id) {
        this("refused.assessment.notYours", id);
    }

    /** For anything a manager owns: the key says what (an assessment, a job description). */
    public NotYoursException(String key, long id) {
        super(key, id);
    }
}
