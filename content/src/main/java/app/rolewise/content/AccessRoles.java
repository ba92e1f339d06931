package app.rolewise.content;

/**
 * The Jakarta security roles of Rolewise, for {@code @RolesAllowed} and {@code isCallerInRole}: the Keycloak
 * realm roles of the same names, declared in web.xml.
 */
public final class AccessRoles {

    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String HR = "hr";

    private AccessRoles() {
    }
}
