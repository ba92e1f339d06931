package app.rolewise.it;

/**
 * The demo users of the committed Keycloak realm (config/keycloak/rolewise-realm.json).
 */
public enum DemoUser {
    ALICE("alice", "Alice Adams", "Admin"),
    MARK("mark", "Mark Meyer", "Hiring manager"),
    NINA("nina", "Nina Novak", "Hiring manager"),
    HOLLY("holly", "Holly Hart", "HR");

    public static final String PASSWORD = "rolewise";

    private final String userName;
    private final String fullName;
    private final String roleLabel;

    DemoUser(String userName, String fullName, String roleLabel) {
        this.userName = userName;
        this.fullName = fullName;
        this.roleLabel = roleLabel;
    }

    public String userName() {
        return userName;
    }

    public String fullName() {
        return fullName;
    }

    public String roleLabel() {
        return roleLabel;
    }

    public boolean isAdmin() {
        return this == ALICE;
    }

    /** The top-level menu this user's role sees. */
    public java.util.List<String> menu() {
        return switch (this) {
            case ALICE -> java.util.List.of("Home", "Role catalogue", "Compare roles", "Administration");
            case MARK, NINA -> java.util.List.of("Home", "Role catalogue", "Compare roles", "My assessments", "My job descriptions");
            case HOLLY -> java.util.List.of("Home", "Role catalogue", "Compare roles", "Assessments", "Job descriptions");
        };
    }
}
