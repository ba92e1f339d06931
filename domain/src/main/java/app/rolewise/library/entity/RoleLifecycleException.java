package app.rolewise.library.entity;

import jakarta.ejb.ApplicationException;

/**
 * A lifecycle change that the role's current status does not allow, such as archiving a draft.
 * An application exception: the caller shows it to the user and the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class RoleLifecycleException extends RuntimeException {

    private final RoleStatus from;
    private final RoleStatus to;

    public RoleLifecycleException(RoleStatus from, RoleStatus to) {
        super("A " + from + " role cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public RoleStatus from() {
        return from;
    }

    public RoleStatus to() {
        return to;
    }
}
