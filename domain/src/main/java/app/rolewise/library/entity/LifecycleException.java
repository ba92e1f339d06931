package app.rolewise.library.entity;

import jakarta.ejb.ApplicationException;

/**
 * A lifecycle change that the content's current status does not allow, such as archiving a draft.
 * An application exception: the caller shows it to the user and the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class LifecycleException extends RuntimeException {

    private final ContentStatus from;
    private final ContentStatus to;

    public LifecycleException(ContentStatus from, ContentStatus to) {
        super("Content that is " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public ContentStatus from() {
        return from;
    }

    public ContentStatus to() {
        return to;
    }
}
