package app.rolewise.view.roles;

import app.rolewise.comparison.entity.Comparison;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.view.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/**
 * Backs the role catalogue ({@code /roles/index.xhtml?page=…}): the published roles by name, a page at a
 * time, so that the page costs the same with ten roles in the library as with a thousand; two to four of them
 * ticked open their comparison.
 */
@Named
@RequestScoped
public class CatalogueBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    RoleLibrary roleLibrary;

    private String requestedPage;
    private int page = 1;
    private long pages = 1;
    private List<Role> roles = List.of();
    private List<String> ticked = List.of();

    /** Runs once the page number is read; a page out of range or no number shows the nearest page. */
    public void load() {
        pages = Math.max(1, (roleLibrary.publishedCount() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = (int) Math.min(Math.max(pageNumber(requestedPage), 1), pages);
        roles = roleLibrary.publishedRoles((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /**
     * Opens the comparison of the ticked roles at its bookmarkable address ({@code /compare?roles=a,b}); fewer than two
     * or more than four stay on the page, still ticked, with a message. The checkboxes are plain inputs named
     * {@code roles}, so they are read from the request: the page keeps no state to decode them from.
     */
    public String compareTicked() {
        String[] sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("roles");
        // anything but a URL name is no role of the catalogue, and stays out of the address
        ticked = sent == null ? List.of() : Arrays.stream(sent).map(String::strip).filter(CatalogueBacking::isSlug).distinct().toList();
        if (ticked.size() < Comparison.MIN_ROLES) {
            Feedback.warn("catalogue.pickTooFew");
        } else if (ticked.size() > Comparison.MAX_ROLES) {
            Feedback.warn("catalogue.pickTooMany", Comparison.MAX_ROLES, ticked.size());
        } else {
            return "/compare?faces-redirect=true&roles=" + String.join(",", ticked);
        }
        load();
        return null;
    }

    private static boolean isSlug(String text) {
        try {
            new RoleSlug(text);
            return true;
        } catch (IllegalArgumentException notASlug) {
            return false;
        }
    }

    /** Whether the role was ticked when the comparison was refused, so that the page shows it ticked again. */
    public boolean isTicked(String slug) {
        return ticked.contains(slug);
    }

    private static int pageNumber(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public List<Role> getRoles() {
        return roles;
    }

    public String getPage() {
        return requestedPage;
    }

    public void setPage(String page) {
        this.requestedPage = page;
    }

    public int getPageNumber() {
        return page;
    }

    public long getPages() {
        return pages;
    }
}
