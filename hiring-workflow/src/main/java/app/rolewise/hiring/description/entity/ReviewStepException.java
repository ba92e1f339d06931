package app.rolewise.hiring.description.entity;

import jakarta.ejb.ApplicationException;

/**
 * A review step that the description's state does not allow, e.g. editing while HR reviews or approving a
 * draft that was never submitted. The message says what the state allows instead.
 */
@ApplicationException(rollback = true)
public class ReviewStepException extends RuntimeException {

    private final DescriptionState state;

    public ReviewStepException(DescriptionState state, String message) {
        super(message);
        this.state = state;
    }

    public DescriptionState getState() {
        return state;
    }
}
