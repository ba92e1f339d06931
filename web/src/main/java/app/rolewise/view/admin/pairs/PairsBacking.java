package app.rolewise.view.admin.pairs;

import app.rolewise.comparison.boundary.PairContents;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.comparison.entity.SameRoleTwiceException;
import app.rolewise.content.RefusedException;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Backs the list of role pairs ({@code /admin/pairs/index.xhtml}) and starting a new one.
 */
@Named
@RequestScoped
public class PairsBacking {

    @Inject
    PairContents pairContents;

    @Inject
    RoleLibrary roleLibrary;

    private List<RolePair> pairs;
    private List<Role> roles;

    @NotNull(message = "{role.slug.required}")
    private RoleSlug first;

    @NotNull(message = "{role.slug.required}")
    private RoleSlug second;

    @PostConstruct
    void load() {
        pairs = pairContents.all();
        roles = roleLibrary.publishedRoles();
    }

    public String create() {
        try {
            RolePair created = pairContents.create(first, second);
            Feedback.info("admin.pairs.created", created.getFirst().getName(), created.getSecond().getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/pairs/edit?faces-redirect=true&key=" + created.getPairKey().replace("+", "%2B");
        } catch (SameRoleTwiceException same) {
            Feedback.warnAt("newPair:second", same);
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
        return null;
    }

    public List<RolePair> getPairs() {
        return pairs;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public RoleSlug getFirst() {
        return first;
    }

    public void setFirst(RoleSlug first) {
        this.first = first;
    }

    public RoleSlug getSecond() {
        return second;
    }

    public void setSecond(RoleSlug second) {
        this.second = second;
    }
}
