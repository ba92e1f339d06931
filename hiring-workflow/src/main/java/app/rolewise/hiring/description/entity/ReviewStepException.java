package app.rolewise.hiring.description.entity;

import app.rolewise.content.RefusedException;

/**
 * A review step that the description's state does not allow, e.g. editing while HR reviews or approving a
 * draft that was never submitted. The key's message says what the state allows instead.
 */
public class ReviewStepException extends RefusedException {

    private final DescriptionState state;

    public ReviewStepException(DescriptionState state, String key, Object... arguments) {
        super(key, arguments);
        this.state = state;
    }

    public DescriptionState getState() {
        return state;
    }
}
