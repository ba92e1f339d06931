package app.rolewise.library.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A new role whose slug, or a new skill whose name, the library already has.
 */
@ApplicationException(rollback = true)
public class DuplicateNameException extends RuntimeException {

    private final String name;

    public DuplicateNameException(String name) {
        super("The library already has " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
