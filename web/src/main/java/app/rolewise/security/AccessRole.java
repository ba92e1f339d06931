package app.rolewise.security;

/**
 * The three kinds of Rolewise users. The names are Keycloak realm roles and, unchanged, the Jakarta
 * security roles declared in web.xml.
 */
public enum AccessRole {
    ADMIN("admin"),
    MANAGER("manager"),
    HR("hr");

    private final String roleName;

    AccessRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
