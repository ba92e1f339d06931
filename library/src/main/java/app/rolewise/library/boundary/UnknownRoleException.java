package app.rolewise.library.boundary;

import app.rolewise.content.RefusedException;
import app.rolewise.library.entity.RoleSlug;

/**
 * No role in the library has the given slug, for example after another admin renamed it.
 */
public class UnknownRoleException extends RefusedException {

    public UnknownRoleException(RoleSlug slug) {
        super("refused.role.unknown", slug.value());
    }
}
