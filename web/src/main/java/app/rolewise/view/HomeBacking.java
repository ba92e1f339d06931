package app.rolewise.view;

import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs the home page ({@code /index.xhtml}): what the signed-in user can start from here, and what waits
 * for them (HR: descriptions in review; a manager: descriptions sent back with comments).
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    RoleLibrary roleLibrary;

    @Inject
    JobDescriptions descriptions;

    @Inject
    CurrentUser currentUser;

    private long publishedRoleCount;
    private List<JobDescription> waitingForMe = List.of();

    @PostConstruct
    void load() {
        publishedRoleCount = roleLibrary.publishedCount();
        if (currentUser.isManager() || currentUser.isHr()) {
            waitingForMe = descriptions.waitingForMe();
        }
    }

    public long getPublishedRoleCount() {
        return publishedRoleCount;
    }

    public List<JobDescription> getWaitingForMe() {
        return waitingForMe;
    }
}
