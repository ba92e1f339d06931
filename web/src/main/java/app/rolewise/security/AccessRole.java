package app.rolewise.security;

import app.rolewise.content.AccessRoles;

/**
 * The three kinds of Rolewise users. The names are Keycloak realm roles and, unchanged, the Jakarta
 * security roles declared in web.xml and allowed by the boundaries ({@link AccessRoles}).
 */
public enum AccessRole {
    ADMIN(AccessRoles.ADMIN),
    MANAGER(AccessRoles.MANAGER),
    HR(AccessRoles.HR);

    private final String roleName;

    AccessRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
