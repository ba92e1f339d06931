package app.rolewise.library.boundary;

import app.rolewise.content.RefusedException;

/**
 * A new role whose slug, a new skill whose name, or a new pair whose two roles the library already has. The
 * key says which; its placeholder {@code {0}} is the name.
 */
public class DuplicateNameException extends RefusedException {

    public DuplicateNameException(String key, String name) {
        super(key, name);
    }
}
