package app.rolewise.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user as pages show them: name, e-mail and Rolewise roles, read once per request from the
 * ID token Keycloak issued.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    private boolean signedIn;
    private String userName;
    private String displayName;
    private String email;
    private Set<AccessRole> roles = EnumSet.noneOf(AccessRole.class);

    @PostConstruct
    void readFromRequest() {
        Principal principal = request.getUserPrincipal();
        signedIn = principal != null;
        if (!signedIn) {
            return;
        }
        userName = principal.getName();
        displayName = userName;
        if (principal instanceof OidcPrincipal<?> oidcPrincipal && oidcPrincipal.getOidcSecurityContext() != null) {
            IDToken idToken = oidcPrincipal.getOidcSecurityContext().getIDToken();
            if (idToken != null) {
                displayName = firstNonBlank(idToken.getName(), userName);
                email = idToken.getEmail();
            }
        }
        Arrays.stream(AccessRole.values())
                .filter(role -> request.isUserInRole(role.roleName()))
                .forEach(roles::add);
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public String getUserName() {
        return userName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public List<AccessRole> getRoles() {
        return List.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(AccessRole.ADMIN);
    }

    public boolean isManager() {
        return roles.contains(AccessRole.MANAGER);
    }

    public boolean isHr() {
        return roles.contains(AccessRole.HR);
    }
}
