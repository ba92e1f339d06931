package app.rolewise.library.boundary;

import app.rolewise.library.entity.RoleSlug;
import jakarta.ejb.ApplicationException;

/**
 * No role in the library has the given slug, for example after another admin renamed it.
 */
@ApplicationException(rollback = true)
public class UnknownRoleException extends RuntimeException {

    private final transient RoleSlug slug;

    public UnknownRoleException(RoleSlug slug) {
        super("No role in the library is called " + slug);
        this.slug = slug;
    }

    public RoleSlug slug() {
        return slug;
    }
}
