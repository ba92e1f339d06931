package app.rolewise.view.roles;

import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs the role catalogue ({@code /roles/index.xhtml?page=…}): the published roles by name, a page at a
 * time, so that the page costs the same with ten roles in the library as with a thousand.
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

    /** Runs once the page number is read; a page out of range or no number shows the nearest page. */
    public void load() {
        pages = Math.max(1, (roleLibrary.publishedCount() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = (int) Math.min(Math.max(pageNumber(requestedPage), 1), pages);
        roles = roleLibrary.publishedRoles((page - 1) * PAGE_SIZE, PAGE_SIZE);
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
