package app.rolewise.hiring.assessment.entity;

import jakarta.ejb.ApplicationException;

/**
 * A manager chose a role other than the recommended one without saying why.
 */
@ApplicationException(rollback = true)
public class ChoiceNeedsReasonException extends RuntimeException {

    public ChoiceNeedsReasonException(String chosen, String recommended) {
        super("Choosing " + chosen + " over the recommended " + recommended + " needs a reason");
    }
}
