package app.rolewise.view.admin.audit;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditEntry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs the audit log ({@code /admin/audit/index.xhtml}): newest first, a page at a time, filtered by
 * any text in the entry.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog auditLog;

    private String filter;
    private LazyDataModel<AuditEntry> entries;

    @PostConstruct
    void init() {
        entries = new EntryPages();
    }

    private class EntryPages extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) auditLog.count(filter);
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditLog.entries(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
