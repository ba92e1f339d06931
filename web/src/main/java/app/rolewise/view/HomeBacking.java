package app.rolewise.view;

import app.rolewise.library.boundary.RoleLibrary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs the home page ({@code /index.xhtml}): what the signed-in user can start from here.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    RoleLibrary roleLibrary;

    private long publishedRoleCount;

    @PostConstruct
    void load() {
        publishedRoleCount = roleLibrary.publishedCount();
    }

    public long getPublishedRoleCount() {
        return publishedRoleCount;
    }
}
