package app.rolewise.view.assessments;

import app.rolewise.content.RefusedException;
import app.rolewise.hiring.assessment.boundary.AssessmentSearch;
import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.assessment.entity.AssessmentStatus;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.security.CurrentUser;
import app.rolewise.view.Feedback;
import app.rolewise.view.ListFilter;
import app.rolewise.view.ListSort;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs "My assessments" ({@code /assessments/index.xhtml}): a page at a time, searched, filtered and sorted by what
 * the address asks for ({@code ?q=…&status=…&manager=…&archived=true&sort=…}, so that Back and a bookmark return to
 * the same list); starting a new one; archiving, restoring and copying one's own.
 */
@Named
@ViewScoped
public class AssessmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assessments assessments;

    @Inject
    transient RoleLibrary roleLibrary;

    // used only on GET, by a new view's bean: no need to survive the view's serialisation
    @Inject
    transient Validator validator;

    @Inject
    CurrentUser currentUser;

    private String title;
    private String focus;
    private List<String> focusRoles = List.of();
    private String focusText;
    private boolean focusOnOne;
    private String q;
    private String status;
    private String manager;
    private String archived;
    private String sort;
    private AssessmentSearch search = AssessmentSearch.newestFirst();
    private ListSort sorted = ListSort.NEWEST;
    private List<String> managers = List.of();
    private boolean filtered;
    private LazyDataModel<Assessment> list;

    @PostConstruct
    void init() {
        list = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) assessments.countVisible(search);
            }

            @Override
            public List<Assessment> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return assessments.visible(search, first, pageSize);
            }

            @Override
            public String getRowKey(Assessment assessment) {
                return String.valueOf(assessment.getId());
            }
        };
    }

    /** Runs on GET: the list the address asks for, and the roles in focus for a new assessment. */
    public void prepare() {
        readFilters();
        readFocus();
    }

    private void readFilters() {
        sorted = ListFilter.sort(sort);
        AssessmentSearch asked = new AssessmentSearch(q, ListFilter.value(AssessmentStatus.class, status, "list.unknownStatus"),
                currentUser.isHr() ? manager : null, ListFilter.flag(archived, "archived"),
                sorted.order(AssessmentSearch.Order.class), sorted.isDescending());
        Set<String> broken = ListFilter.broken(validator, asked);
        search = new AssessmentSearch(broken.contains("text") ? null : asked.text(), asked.status(),
                broken.contains("manager") ? null : asked.manager(), asked.archived(), asked.order(), asked.descending());
        filtered = search.text() != null && !search.text().isBlank() || search.status() != null
                || search.manager() != null && !search.manager().isBlank() || search.archived();
        if (currentUser.isHr()) {
            managers = assessments.managers();
        }
    }

    /**
     * Coming from "Which one do we need?" on the compare page, the compared roles ({@code ?focus=a,b}) are kept with
     * the new assessment and name it, until the manager gives it another name; from a role's page, that one role.
     */
    private void readFocus() {
        if (focus == null || focus.isBlank()) {
            return;
        }
        List<String> asked = Arrays.stream(focus.split(",")).map(String::strip).filter(slug -> !slug.isEmpty()).toList();
        List<Role> published = roleLibrary.publishedRoles();
        focusRoles = asked.stream().filter(slug -> published.stream().anyMatch(role -> role.getSlug().value().equals(slug)))
                .distinct().limit(Assessment.FOCUS_MAX).toList();
        List<String> focusNames = focusRoles.stream().map(slug -> published.stream().filter(role -> role.getSlug().value().equals(slug))
                .findFirst().map(Role::getName).orElse(slug)).toList();
        focusText = focusNames.isEmpty() ? null : String.join(", ", focusNames);
        focusOnOne = focusNames.size() == 1;
        if (title == null || title.isBlank()) {
            if (focusNames.size() >= 2) {
                title = Feedback.text("assessments.focusManyTitle", String.join(", ", focusNames.subList(0, focusNames.size() - 1)),
                        focusNames.get(focusNames.size() - 1));
            } else if (focusOnOne) {
                title = Feedback.text("assessments.focusOneTitle", focusNames.get(0));
            }
        }
    }

    public String start() {
        try {
            Assessment started = assessments.start(title, focusRoles);
            return "/assessments/assessment?faces-redirect=true&id=" + started.getId();
        } catch (RefusedException refused) {
            Feedback.warnAt("start:title", refused);
            return null;
        }
    }

    /** Takes one of the manager's assessments off the list; the "archived" filter shows it and restores it. */
    public void archive(long id) {
        try {
            Feedback.info("assessments.archived", assessments.archive(id).getTitle());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
    }

    public void restore(long id) {
        try {
            Feedback.info("assessments.restored", assessments.restore(id).getTitle());
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
    }

    /** A new assessment with the answers of this one, opened at once; it is named after the original. */
    public String copy(long id, String originalTitle) {
        try {
            Assessment copy = assessments.copy(id, Feedback.text("assessments.copyTitle", originalTitle));
            return "/assessments/assessment?faces-redirect=true&id=" + copy.getId();
        } catch (RefusedException refused) {
            Feedback.warn(refused);
            return null;
        }
    }

    public LazyDataModel<Assessment> getList() {
        return list;
    }

    /** Whether the list shows less than everything: then an empty list says that nothing matches, not that there is nothing. */
    public boolean isFiltered() {
        return filtered;
    }

    public AssessmentSearch getSearch() {
        return search;
    }

    public ListSort getSorted() {
        return sorted;
    }

    public ListSort[] getSorts() {
        return ListSort.values();
    }

    public AssessmentStatus[] getStatuses() {
        return AssessmentStatus.values();
    }

    public List<String> getManagers() {
        return managers;
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }

    public String getFocusText() {
        return focusText;
    }

    /** Whether one role is in focus (from a role's page) rather than the roles of a comparison. */
    public boolean isFocusOnOne() {
        return focusOnOne;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public String getArchived() {
        return archived;
    }

    public void setArchived(String archived) {
        this.archived = archived;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
