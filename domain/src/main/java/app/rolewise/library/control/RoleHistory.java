package app.rolewise.library.control;

import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.ContentVersion;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleContent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The versions of each role in the content history: every save adds one with the role's whole content,
 * as the library's JSON.
 */
@Dependent
public class RoleHistory {

    /** The roles' kind of content in the history. */
    public static final String KIND = "role";

    @Inject
    ContentHistory history;

    @Inject
    LibraryJson json;

    public ContentVersion record(Role role, String actor, String note) {
        return history.record(KIND, role.getId(), actor, note, json.writeRole(role.content()));
    }

    public List<ContentVersion> versions(Role role) {
        return history.versions(KIND, role.getId());
    }

    public Optional<ContentVersion> latest(Role role) {
        return history.latest(KIND, role.getId());
    }

    public Optional<ContentVersion> version(Role role, int number) {
        return history.version(KIND, role.getId(), number);
    }

    public RoleContent contentOf(ContentVersion version) {
        return json.readRole(version.getContentJson());
    }
}
