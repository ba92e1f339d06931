package app.rolewise.view.admin.roles;

import app.rolewise.content.RefusedException;
import app.rolewise.library.boundary.LibraryTransfer;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.boundary.RoleSearch;
import app.rolewise.library.entity.ImportReport;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.ContentStatus;
import app.rolewise.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Backs the admins' role library ({@code /admin/roles/index.xhtml}): every role, a page at a time,
 * filtered by family, status and a search over names and skills; publishing and archiving; the whole
 * library out and in as JSON.
 */
@Named
@ViewScoped
public class RoleLibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoleLibrary roleLibrary;

    @Inject
    transient LibraryTransfer transfer;

    private String text;
    private String family;
    private ContentStatus status;
    private List<String> families;
    private LazyDataModel<Role> roles;

    @PostConstruct
    void init() {
        families = roleLibrary.families();
        roles = new RolePages();
    }

    /** One page of the filtered roles at a time, so the list stays fast however large the library. */
    private class RolePages extends LazyDataModel<Role> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) roleLibrary.count(search());
        }

        @Override
        public List<Role> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return roleLibrary.search(search(), first, pageSize,
                    sort == null ? "name" : sort.getField(), sort != null && sort.getOrder() == SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(Role role) {
            return role.getSlug().value();
        }

        @Override
        public Role getRowData(String rowKey) {
            return roleLibrary.role(new RoleSlug(rowKey)).orElse(null);
        }
    }

    private RoleSearch search() {
        return new RoleSearch(text, family, status);
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
            Feedback.info(doneMessage, changed.getName());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        } catch (IllegalArgumentException malformed) {
            Feedback.warn("admin.roles.unknown", slug);
        }
    }

    public StreamedContent getExport() {
        byte[] json = transfer.exportJson().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("rolewise-library-" + LocalDate.now() + ".json")
                .contentType("application/json")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    public void importLibrary(FileUploadEvent upload) {
        String fileName = upload.getFile().getFileName();
        try {
            ImportReport report = transfer.importJson(
                    new String(upload.getFile().getContent(), StandardCharsets.UTF_8), fileName);
            families = roleLibrary.families();
            Feedback.info("admin.roles.imported", fileName, report.rolesAdded(), report.rolesChanged(),
                    report.rolesUnchanged(), report.skillsAdded());
        } catch (RefusedException refused) {
            Feedback.warn("admin.roles.importRefused", fileName, Feedback.text(refused));
        }
    }

    public LazyDataModel<Role> getRoles() {
        return roles;
    }

    public List<String> getFamilies() {
        return families;
    }

    public ContentStatus[] getStatuses() {
        return ContentStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }
}
