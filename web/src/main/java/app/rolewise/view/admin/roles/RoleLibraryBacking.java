package app.rolewise.view.admin.roles;

import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.boundary.UnknownRoleException;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleLifecycleException;
import app.rolewise.library.entity.RoleSlug;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Backs the admins' role library ({@code /admin/roles/index.xhtml}): every role, and publishing or
 * archiving one.
 */
@Named
@ViewScoped
public class RoleLibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoleLibrary roleLibrary;

    private List<Role> roles;

    @PostConstruct
    void load() {
        roles = roleLibrary.allRoles();
    }

    public void publish(String slug) {
        change(slug, roleLibrary::publish, "admin.roles.published");
    }

    public void archive(String slug) {
        change(slug, roleLibrary::archive, "admin.roles.archived");
    }

    private void change(String slug, Function<RoleSlug, Role> lifecycleChange, String doneMessage) {
        try {
            Role changed = lifecycleChange.apply(new RoleSlug(slug));
            inform(FacesMessage.SEVERITY_INFO, doneMessage, changed.getName());
        } catch (RoleLifecycleException refused) {
            inform(FacesMessage.SEVERITY_WARN, "admin.roles.lifecycleRefused",
                    slug, refused.from(), refused.to());
        } catch (UnknownRoleException | IllegalArgumentException gone) {
            inform(FacesMessage.SEVERITY_WARN, "admin.roles.unknown", slug);
        }
        load();
    }

    private static void inform(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = MessageFormat.format(bundle.getString(key), arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<Role> getRoles() {
        return roles;
    }
}
