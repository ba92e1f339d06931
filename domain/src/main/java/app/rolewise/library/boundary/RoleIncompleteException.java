package app.rolewise.library.boundary;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A role that lacks dimensions cannot be published, and a published role cannot lose them.
 */
@ApplicationException(rollback = true)
public class RoleIncompleteException extends RuntimeException {

    private final List<String> missing;

    public RoleIncompleteException(List<String> missing) {
        super("The role is incomplete: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
